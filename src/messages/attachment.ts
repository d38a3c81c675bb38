import { l, type Catalog } from './types.js';

const ATTACHMENT_SOURCE = l(
  '填报指南 一 末段：上传图片支持 jpg、png 格式，大于 20KB 且不超过 500KB；多张证明的需要合并到一张图片中',
  'Guide 一, last paragraph: images in jpg or png, over 20 KB and at most 500 KB; several proofs merged into one image',
);

export const ATTACHMENT_TEXT = {
  'attachment/format': {
    title: l(
      '其他图片应是 JPG 或 PNG，扩展名与内容一致',
      'Other images should be JPG or PNG, with a matching extension',
    ),
    source: ATTACHMENT_SOURCE,
    fix: l(
      '用图片工具另存为 JPG 或 PNG（苹果手机的 HEIC、WebP、PDF 都需要转换），不要只改扩展名。',
      'Save it as JPG or PNG with an image tool (iPhone HEIC, WebP and PDF all need converting); renaming is not enough.',
    ),
    notes: l(
      '格式按文件开头的字节判断。接受的扩展名：JPEG 为 .jpg/.jpeg，PNG 为 .png。完全不是图片的内容由 file/corrupt 报告。',
      'The format is judged from the first bytes. Accepted extensions: .jpg/.jpeg for JPEG, .png for PNG. Content that is no image at all is file/corrupt’s.',
    ),
    messages: {
      content: {
        message: l(
          '{file} 的实际格式是 {actual}（扩展名 {extension}）；平台只接受 JPG 或 PNG',
          '{file} is really {actual} (extension {extension}); the platform accepts only JPG or PNG',
        ),
        hint: l('转换为 JPG 或 PNG 后再上传', 'Convert it to JPG or PNG before uploading'),
      },
      extension: {
        message: l(
          '{file} 的实际格式是 {actual}，扩展名却是 {extension}',
          '{file} is really {actual}, but its extension is {extension}',
        ),
        hint: l(
          '把扩展名改成与内容一致（JPEG 用 .jpg，PNG 用 .png），或重新导出',
          'Rename it to match its content (.jpg for JPEG, .png for PNG), or export it again',
        ),
      },
    },
  },
  'attachment/size': {
    title: l(
      '其他图片应大于 20 KB、不超过 500 KB',
      'Other images should be over 20 KB and at most 500 KB',
    ),
    source: ATTACHMENT_SOURCE,
    fix: l(
      '太大：缩小尺寸（长边约 1500–2000 像素）或降低 JPEG 质量；太小：用更高的分辨率或质量重新拍摄/扫描。',
      'Too large: scale it down (long side about 1500–2000 px) or lower the JPEG quality; too small: photograph or scan it again at a higher resolution or quality.',
    ),
    notes: l(
      '1 KB 按 1024 字节计：20 480 字节及以下、超过 512 000 字节为错误。平台没说用 1000 还是 1024，边缘情况由 attachment/size-margin 提示。超出大小的文件不解码像素（反正要重新导出）。',
      'KB = 1024 bytes: 20 480 bytes or less, or over 512 000 bytes, is an error. The platform does not say whether it counts 1000 or 1024; attachment/size-margin warns at the edge. A file of the wrong size is not decoded (it must be exported again anyway).',
    ),
    messages: {
      'too-small': {
        message: l(
          '文件 {file} 只有 {size} KB，要求大于 {min} KB',
          'File {file} is only {size} KB; more than {min} KB is required',
        ),
        hint: l(
          '用更高的分辨率或质量重新拍摄或扫描',
          'Photograph or scan it again at a higher resolution or quality',
        ),
      },
      'too-large': {
        message: l(
          '文件 {file} {size} KB，超过 {max} KB',
          'File {file} is {size} KB, over {max} KB',
        ),
        hint: l(
          '缩小图片（长边约 1500–2000 像素）或降低 JPEG 质量',
          'Scale it down (long side about 1500–2000 px) or lower the JPEG quality',
        ),
      },
    },
  },
  'attachment/size-margin': {
    title: l(
      '其他图片的大小不应卡在 KB 算法的边缘',
      'Other images should not sit on the edge of how a KB is counted',
    ),
    source: ATTACHMENT_SOURCE,
    fix: l(
      '压缩到 500 000 字节（488 KB）以下，两种算法都能通过。',
      'Compress it under 500 000 bytes (488 KB) so that both ways of counting accept it.',
    ),
    notes: l(
      '按 1024 字节/KB 在限内，按 1000 字节/KB 超限，即 500 001–512 000 字节。下限不会出现这种情况：大于 20×1024 字节必然大于 20×1000 字节。',
      'Within the limits at 1024 bytes per KB, over them at 1000: 500 001–512 000 bytes. The lower limit cannot differ: over 20 × 1024 bytes is always over 20 × 1000.',
    ),
    messages: {
      default: {
        message: l(
          '文件 {file} 为 {bytes} 字节：按 1024 算是 {kib} KB（未超），按 1000 算是 {kb} KB（超过 {max} KB）',
          'File {file} is {bytes} bytes: {kib} KB counting 1024 (within), {kb} KB counting 1000 (over {max} KB)',
        ),
        hint: l(
          '稍微压缩到 500 000 字节以下更保险',
          'Compress it slightly below 500 000 bytes to be safe',
        ),
      },
    },
  },
  'attachment/color': {
    title: l('其他图片应是彩色的', 'Other images should be in colour'),
    source: l(
      '填报指南 一（一）身份证件“彩色照片”，一（五）证书“彩色照片”',
      'Guide 一（一） (colour photos of the ID), 一（五） (colour photos of certificates)',
    ),
    fix: l(
      '用彩色模式重新扫描或拍照（公章应为红色）。',
      'Scan or photograph it again in colour (the stamp should show red).',
    ),
    notes: l(
      '按像素判断：每个像素 R、G、B 最大差的第 99.9 百分位 < 8 为灰度（用 99.9 而不是 99：黑白文件的彩色扫描件上，红章可能不到 1% 面积）。灰度扫描件为 0–2；带红章的彩色扫描件远高于此。只对格式、大小合格的文件解码判断。',
      'Judged from the pixels: the 99.9th percentile of each pixel’s max − min of R, G, B under 8 is grey (99.9, not 99: on a colour scan of a black-and-white page the red stamp may cover under 1 %). Grey scans measure 0–2; colour scans with a red stamp far more. Decoded only for files of the right format and size.',
    ),
    messages: {
      default: {
        message: l(
          '{file} 是灰度（黑白）图像：颜色差 {spread}，低于 {threshold}；要求彩色照片',
          '{file} is greyscale: colour spread {spread}, under {threshold}; colour images are required',
        ),
        hint: l('用彩色模式重新扫描或拍照', 'Scan or photograph it again in colour'),
      },
    },
  },
  'attachment/legibility': {
    title: l('其他图片应足够大，能看清文字', 'Other images should be large enough to read'),
    source: l(
      '填报指南 三（三）：证件照片应“清晰完整”；审核人员需看清文字和公章',
      'Guide 三（三）: ID images must be clear and complete; the reviewer must read the text and the stamp',
    ),
    fix: l(
      '用更高分辨率拍摄或扫描（A4 文件建议 150 dpi 以上，约 1240×1754 像素）。',
      'Photograph or scan at a higher resolution (an A4 page at 150 dpi or more, about 1240×1754 px).',
    ),
    notes: l(
      '短边 < 600 像素时警告：A4 纸宽 600 像素约为 72 dpi，小字和印章开始看不清。',
      'Warns when the short side is under 600 px: an A4 page 600 px across is about 72 dpi, where small print and stamps stop being legible.',
    ),
    messages: {
      default: {
        message: l(
          '{file} 为 {width}×{height} 像素，短边 {short} 像素，小于 {min}：审核人员可能看不清',
          '{file} is {width}×{height} px, short side {short} px, under {min}: the reviewer may not be able to read it',
        ),
        hint: l('用更高分辨率重新拍摄或扫描', 'Photograph or scan it again at a higher resolution'),
      },
    },
  },
  'attachment/merge': {
    title: l('每项材料应只上传一张图片', 'Each material should be one image'),
    source: ATTACHMENT_SOURCE,
    fix: l(
      '把多张证明拼成一张图片（上下排列），再写入 profile.yaml。',
      'Combine the pages into one image (one above the other) and name that in profile.yaml.',
    ),
    notes: l(
      '例外：同一条教育经历恰好两张（毕业证和学位证），平台上是两个上传位置。三张及以上仍须合并。',
      'Exception: exactly two files for one education entry (the diploma and the degree certificate), which the platform takes as two uploads. Three or more must still be merged.',
    ),
    messages: {
      default: {
        message: l(
          '{material}给了 {count} 个文件：{files}；平台每项材料只收一张图片',
          '{material} is given as {count} files: {files}; the platform takes one image per material',
        ),
        hint: l('合并为一张图片', 'Merge them into one image'),
      },
      education: {
        message: l(
          '{material}给了 {count} 个文件：{files}；只能是毕业证和学位证各一张',
          '{material} is given as {count} files: {files}; only a diploma and a degree certificate may be separate',
        ),
        hint: l(
          '把多出的证明与毕业证或学位证合并为一张图片',
          'Merge the extra proofs into the diploma or the degree image',
        ),
      },
    },
  },
} satisfies Catalog;
