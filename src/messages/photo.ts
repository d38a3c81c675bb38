import { l, type Catalog } from './types.js';

const PHOTO_SOURCE = l(
  '填报指南 一（二）：白底标准证件照片，jpg 格式，不小于 10KB，像素 ≥ 295×413 px，不允许上传模糊照片',
  'Guide 一（二）: a white-background standard ID photo, jpg, at least 10 KB and 295×413 px, not blurred',
);
const REEXPORT = l(
  '用手机相册或图片工具“另存为/导出”为 JPG，不要只改扩展名',
  'Save or export it as JPG with a photo app or image editor; renaming the file is not enough',
);

export const PHOTO_TEXT = {
  'photo/format': {
    title: l(
      '标准证件照应是 .jpg 格式的 JPEG 图片',
      'The standard photo should be a JPEG named .jpg',
    ),
    source: PHOTO_SOURCE,
    fix: REEXPORT,
    notes: l(
      '格式按文件开头的字节判断（JPEG 为 FF D8 FF），与扩展名无关：改名为 .jpg 的 PNG、HEIC、WebP 仍会被指出。完全不是图片的内容由 file/corrupt 报告。格式不对的照片不再做像素检查（背景、颜色、清晰度）。',
      'The format is judged from the first bytes (JPEG starts FF D8 FF), never the name: a PNG, HEIC or WebP renamed .jpg is still reported. Content that is no image at all is file/corrupt’s. A photo in the wrong format gets no pixel checks (background, colour, sharpness).',
    ),
    messages: {
      content: {
        message: l(
          '照片 {file} 的实际格式是 {actual}，不是 JPEG（扩展名 {extension}）',
          'Photo {file} is really {actual}, not JPEG (extension {extension})',
        ),
        hint: REEXPORT,
      },
      extension: {
        message: l(
          '照片 {file} 是 JPEG，但扩展名是 {extension}；平台要求 .jpg',
          'Photo {file} is a JPEG, but its extension is {extension}; the platform wants .jpg',
        ),
        hint: l(
          '把文件扩展名改为 .jpg（并同步修改 profile.yaml）',
          'Rename it to .jpg (and update profile.yaml)',
        ),
      },
    },
  },
  'photo/min-size': {
    title: l('标准证件照文件应不小于 10 KB', 'The standard photo file should be at least 10 KB'),
    source: PHOTO_SOURCE,
    fix: l(
      '用更高的 JPEG 质量重新导出原图（不要放大小图，也不要在文件末尾填充字节）。',
      'Export the original again at a higher JPEG quality (do not enlarge a small picture or pad the file).',
    ),
    notes: l(
      '1 KB 按 1024 字节计，即至少 10 240 字节。只看文件大小，不需要解码；不是图片或已损坏的文件由 file/corrupt 报告。',
      'KB = 1024 bytes: at least 10 240 bytes. Reads only the size, no decoding; a file that is no image or is broken is file/corrupt’s.',
    ),
    messages: {
      default: {
        message: l(
          '照片 {file} 只有 {size} KB（{bytes} 字节），要求不小于 {min} KB',
          'Photo {file} is only {size} KB ({bytes} bytes); at least {min} KB is required',
        ),
        hint: l(
          '用较高质量（如 90）重新导出原图',
          'Export the original again at a higher quality (e.g. 90)',
        ),
      },
    },
  },
  'photo/min-pixels': {
    title: l(
      '标准证件照应不小于 295×413 像素',
      'The standard photo should be at least 295×413 pixels',
    ),
    source: PHOTO_SOURCE,
    fix: l(
      '从原始照片重新裁剪出不小于 295×413 像素的证件照；不要把小图放大（放大后仍会模糊，photo/upscaled 会指出）。',
      'Crop the ID photo again from the original, at least 295×413 px; do not enlarge a small picture (it stays blurred, and photo/upscaled notices).',
    ),
    notes: l(
      '按显示方向计（已考虑 EXIF 方向标记）。横向但转正后够大的照片只由 photo/orientation 提示。',
      'Measured as displayed (after the EXIF orientation). A landscape photo that is large enough turned upright is left to photo/orientation.',
    ),
    messages: {
      default: {
        message: l(
          '照片 {file} 为 {width}×{height} 像素，要求不小于 {minWidth}×{minHeight}',
          'Photo {file} is {width}×{height} px; at least {minWidth}×{minHeight} is required',
        ),
        hint: l(
          '从原图重新裁剪，不要放大小图',
          'Crop again from the original; do not enlarge a small picture',
        ),
      },
    },
  },
  'photo/background': {
    title: l('标准证件照应为白色背景', 'The standard photo should have a white background'),
    source: PHOTO_SOURCE,
    fix: l(
      '在白色背景前重新拍摄，或请照相馆/证件照应用换成纯白底（RGB 接近 255,255,255）。',
      'Take the photo again in front of a white backdrop, or have a studio or ID-photo app replace the background with plain white (RGB near 255,255,255).',
    ),
    notes: l(
      '测量上、左、右三条边缘带（上方 5% 高度；左右各 8% 宽度，至 45% 高度处；不含有肩膀的下方），取亮度在中位数 ±24 以内的像素（伸到边缘的头发不计）求平均色。错误：三通道差 > 30（蓝、红、米色、户外：按“偏色”报告），或平均亮度 < 200（中灰、深色）。警告：亮度 200–229（浅灰）、通道差 16–30（偏黄、偏粉、偏蓝）、或明暗不均（三条带亮度差 > 20、带内标准差 > 10、或主色调占比 < 60%）。校准：白底 253；浅灰 #D3D3D3 为 211（警告）；#808080 为 128、蓝 RGB(66,142,218)、红 RGB(218,2,26) 为错误；真实照片：灰色背景 RGB(212,215,213) 亮度 214（警告），米色墙 RGB(160,135,122) 通道差 38（错误），户外 亮度 128（错误）。米黄 #F7F0DC 通道差 26（警告），#EEF4FB 通道差 15（通过）。',
      'Measures the top, left and right border bands (top 5 % of the height; left and right 8 % of the width down to 45 % of the height; not the bottom, where the shoulders are), averaging the pixels within ±24 of the median brightness (hair reaching the edge does not count). Error: the channels of the mean colour more than 30 apart (blue, red, beige, outdoors: reported as coloured), or mean brightness under 200 (mid or dark grey). Warning: brightness 200–229 (light grey), channel spread 16–30 (cream, pink, bluish), or uneven (bands differing by over 20, deviation over 10, or under 60 % of the band in one tone). Calibration: white 253; light grey #D3D3D3 211 (warning); #808080 128, blue RGB(66,142,218) and red RGB(218,2,26) errors; real photos: grey backdrop RGB(212,215,213) brightness 214 (warning), beige wall RGB(160,135,122) spread 38 (error), outdoors brightness 128 (error). Cream #F7F0DC spread 26 (warning), #EEF4FB spread 15 (passes).',
    ),
    messages: {
      'not-white': {
        message: l(
          '照片 {file} 背景平均色 RGB({r},{g},{b})，亮度 {brightness}，不是白色（白底亮度应 ≥ {offWhite}）',
          'Photo {file}: background mean colour RGB({r},{g},{b}), brightness {brightness}: not white (a white background is ≥ {offWhite})',
        ),
        hint: l('换成白色背景重新拍摄或处理', 'Retake or edit it on a white background'),
      },
      tinted: {
        message: l(
          '照片 {file} 背景平均色 RGB({r},{g},{b})，明显偏色（通道差 {tint}），不是白色',
          'Photo {file}: background mean colour RGB({r},{g},{b}) is clearly coloured (channel spread {tint}): not white',
        ),
        hint: l(
          '换成纯白背景（蓝底、红底照片不能用）',
          'Use a plain white background (blue or red backgrounds are not accepted)',
        ),
      },
      'off-white': {
        message: l(
          '照片 {file} 背景平均色 RGB({r},{g},{b})，亮度 {brightness}，接近白色但偏灰（白底应 ≥ {offWhite}）',
          'Photo {file}: background mean colour RGB({r},{g},{b}), brightness {brightness}: nearly white but greyish (white is ≥ {offWhite})',
        ),
        hint: l(
          '补光或把背景调成纯白，审核人员可能认为不是白底',
          'Light the backdrop or make it pure white; a reviewer may not accept it as white',
        ),
      },
      cast: {
        message: l(
          '照片 {file} 背景平均色 RGB({r},{g},{b})，略有偏色（通道差 {tint}）',
          'Photo {file}: background mean colour RGB({r},{g},{b}) has a colour cast (channel spread {tint})',
        ),
        hint: l(
          '调整白平衡，使背景为中性白色',
          'Correct the white balance so that the background is neutral white',
        ),
      },
      uneven: {
        message: l(
          '照片 {file} 背景明暗不均：上、左、右边缘亮度 {top}/{left}/{right}，平均色 RGB({r},{g},{b})',
          'Photo {file}: the background is unevenly lit: top, left, right brightness {top}/{left}/{right}, mean colour RGB({r},{g},{b})',
        ),
        hint: l('均匀照亮背景，避免阴影', 'Light the backdrop evenly, without shadows'),
      },
    },
  },
  'photo/color': {
    title: l('标准证件照应是 RGB 彩色照片', 'The standard photo should be in RGB colour'),
    source: l(
      '填报指南 一（二）“白底标准证件照片”；一（一）“彩色照片”',
      'Guide 一（二） (white-background standard photo); 一（一） (colour photos)',
    ),
    fix: l(
      '使用原始彩色照片，导出为 RGB（sRGB）JPG。',
      'Use the original colour photo, exported as an RGB (sRGB) JPG.',
    ),
    notes: l(
      'CMYK 按文件头判断。灰度按像素判断，而不是通道数：存成 RGB 的黑白照片仍是灰度。指标为每个像素 R、G、B 最大差的第 99 百分位，< 8 为灰度；JPEG 灰度图为 0–2，真实彩色人像 ≥ 58，程序生成的白底人像 79。',
      'CMYK is read from the header. Grey is judged from the pixels, not the channel count: a black-and-white photo stored as RGB is still grey. The measure is the 99th percentile of each pixel’s max − min of R, G, B; under 8 is grey. Grey JPEGs measure 0–2, real colour portraits ≥ 58, sharp-made portraits on white 79.',
    ),
    messages: {
      greyscale: {
        message: l(
          '照片 {file} 是灰度（黑白）图像：颜色差 {spread}，彩色照片应 ≥ {threshold}',
          'Photo {file} is greyscale: colour spread {spread}, a colour photo is ≥ {threshold}',
        ),
        hint: l('使用彩色原图', 'Use the original colour photo'),
      },
      cmyk: {
        message: l(
          '照片 {file} 是 CMYK 色彩模式（印刷用），网页可能显示异常',
          'Photo {file} is in CMYK (a print colour mode); browsers may show it wrongly',
        ),
        hint: l('导出为 RGB（sRGB）JPG', 'Export it as an RGB (sRGB) JPG'),
      },
    },
  },
  'photo/blur': {
    title: l('标准证件照应清晰', 'The standard photo should be sharp'),
    source: PHOTO_SOURCE,
    fix: l(
      '使用对焦准确的原始照片；不要翻拍屏幕或打印的照片，不要过度压缩或磨皮。',
      'Use an original, well-focused photo; do not photograph a screen or a print, over-compress or smooth it.',
    ),
    notes: l(
      '清晰度 = 拉普拉斯方差：在缩到 413 像素以内的副本的中央区域（宽 20–80%、高 10–80%）上，灰度按第 1–99 百分位拉伸到 0–255 后计算。阈值 200，约为 σ≥2 模糊的最大值（98）与清晰照片最小值（291）的几何中值。校准集（test/rules/photo/calibration.test.ts：程序生成的白、蓝、红、灰底人像与三张真实人像，JPEG 质量 30–95）：清晰照片 291–3820（最低为质量 30 的 295×413 真实人像）；高斯模糊 σ 2–6 为 5–98；σ 1–1.5 为 54–1027，由 150×210、200×280 放大的为 84–1056：这些不够 200 的由 photo/upscaled 指出。',
      'Sharpness is the variance of the Laplacian on the central region (20–80 % of the width, 10–80 % of the height) of a copy within 413 px, grey levels stretched from the 1st–99th percentile to 0–255. The threshold 200 is about the geometric middle of the most blur σ ≥ 2 reaches (98) and the least a sharp photo measures (291). Calibration set (test/rules/photo/calibration.test.ts: sharp-made portraits on white, blue, red and grey and the three real ones, JPEG quality 30–95): sharp photos 291–3820 (the lowest a real portrait at 295×413, quality 30); Gaussian blur σ 2–6 5–98; σ 1–1.5 54–1027 and enlargements from 150×210 and 200×280 84–1056: those above 200 are photo/upscaled’s.',
    ),
    messages: {
      default: {
        message: l(
          '照片 {file} 不够清晰：清晰度 {sharpness}，低于 {threshold}',
          'Photo {file} is not sharp: sharpness {sharpness}, under {threshold}',
        ),
        hint: l(
          '使用对焦清晰的原图；照片由小图放大也会这样',
          'Use a well-focused original; an enlarged small picture looks like this too',
        ),
      },
    },
  },
  'photo/upscaled': {
    title: l(
      '标准证件照不应由小图放大而来',
      'The standard photo should not be enlarged from a smaller one',
    ),
    source: l(
      '填报指南 一（二）：像素 ≥ 295×413，不允许上传模糊照片；把不够大的照片放大不能增加细节',
      'Guide 一（二）: ≥ 295×413 px, not blurred; enlarging a photo that is too small adds no detail',
    ),
    fix: l(
      '从更大的原始照片重新裁剪，而不是把小图拉大到 295×413。',
      'Crop again from a larger original instead of stretching a small picture to 295×413.',
    ),
    notes: l(
      '细节比 = 最细一级细节（图像减去 [1 2 1]/4 模糊，σ≈0.71）的能量 ÷ 次一级（一次与两次模糊之差）的能量，在缩到 413 像素以内副本的中央区域上测量：即按平台最低尺寸问“照片是否有真实 295×413 照片的细节”。放大会清空最细一级。阈值 4.0，在两组之间（各约 5% 余量）。校准集：清晰照片 4.19–7.9（最低为质量 30 的 295×413 真实人像）；由 150×210、200×280 放大（至 295×413、413×579、600×840）为 2.11–3.68；σ 1–1.5 模糊为 1.89–3.77。已由 photo/blur 报告的照片不再重复报告。由不到 295×413 放大约 1.2 倍以内的照片测不出；最近邻放大（块状边缘）保留高频，也测不出。',
      'Fine-detail ratio = energy of the finest octave (image minus its [1 2 1]/4 blur, σ ≈ 0.71) over that of the next (once minus twice blurred), on the central region of a copy within 413 px: it asks, at the platform’s minimum size, whether the photo holds the detail of a real 295×413 one. Enlarging empties the finest octave. Threshold 4.0, between the groups (≈ 5 % margin each side). Calibration set: sharp photos 4.19–7.9 (the lowest a real portrait at 295×413, quality 30); enlarged from 150×210 and 200×280 (to 295×413, 413×579, 600×840) 2.11–3.68; blur σ 1–1.5 1.89–3.77. Silent where photo/blur reports. Enlargement by less than about 1.2× is not detected, nor nearest-neighbour enlargement (its blocky edges keep high frequencies).',
    ),
    messages: {
      default: {
        message: l(
          '照片 {file} 像是由小图放大而来：细节比 {ratio}，低于 {threshold}',
          'Photo {file} looks enlarged from a smaller picture: fine-detail ratio {ratio}, under {threshold}',
        ),
        hint: l(
          '用原始大图重新裁剪，不要放大',
          'Crop again from the large original; do not enlarge',
        ),
      },
    },
  },
  'photo/aspect': {
    title: l(
      '标准证件照的宽高比应接近 295:413',
      'The standard photo’s aspect ratio should be close to 295:413',
    ),
    source: PHOTO_SOURCE,
    fix: l(
      '按 295:413（约 0.714，即 35×49 mm 证件照比例）重新裁剪。',
      'Crop again at 295:413 (≈ 0.714, the 35×49 mm ID-photo shape).',
    ),
    notes: l(
      '允许 ±5%（0.679–0.750）。横向照片由 photo/orientation 报告。',
      'Allows ±5 % (0.679–0.750). Landscape photos are photo/orientation’s.',
    ),
    messages: {
      default: {
        message: l(
          '照片 {file} 为 {width}×{height}，宽高比 {ratio}，与 295:413 ≈ 0.714 相差 {deviation}%（允许 ±5%）',
          'Photo {file} is {width}×{height}, aspect {ratio}: {deviation} % from 295:413 ≈ 0.714 (±5 % allowed)',
        ),
        hint: l('按 295:413 的比例重新裁剪', 'Crop again at 295:413'),
      },
    },
  },
  'photo/orientation': {
    title: l(
      '标准证件照应为竖向、无旋转标记',
      'The standard photo should be upright, without a rotation tag',
    ),
    source: PHOTO_SOURCE,
    fix: l(
      '用图片工具把照片转正后重新保存（保存后不再带 EXIF 方向标记）。',
      'Turn the photo upright in an image editor and save it again (it then carries no EXIF orientation).',
    ),
    notes: l(
      'EXIF 方向标记不是 1 时，手机和看图软件会自动转正，但网页和审核系统未必：审核人员可能看到躺倒的照片。',
      'With an EXIF orientation other than 1, phones and viewers turn the picture, but web pages and the review system may not: the reviewer may see it on its side.',
    ),
    messages: {
      landscape: {
        message: l(
          '照片 {file} 为 {width}×{height}，是横向的；证件照应为竖向',
          'Photo {file} is {width}×{height}, landscape; an ID photo is portrait',
        ),
        hint: l('转正或重新竖向裁剪', 'Turn it upright or crop it again in portrait'),
      },
      exif: {
        message: l(
          '照片 {file} 带 EXIF 方向标记 {orientation}（{meaning}），审核人员看到的可能是旋转的',
          'Photo {file} carries EXIF orientation {orientation} ({meaning}); the reviewer may see it rotated',
        ),
        hint: l(
          '用图片工具“旋转”后另存，去掉方向标记',
          'Rotate it in an image editor and save it again, without the tag',
        ),
      },
    },
  },
  'photo/trailing-data': {
    title: l(
      '标准证件照的 JPEG 结束标记后不应有附加数据',
      'The standard photo should have no data after its JPEG end marker',
    ),
    source: l(
      'JPEG 标准（ITU-T T.81）：图像以 EOI 标记（FF D9）结束；填充字节常用来凑够文件大小',
      'JPEG (ITU-T T.81): an image ends with the EOI marker (FF D9); padding is often added to reach a file size',
    ),
    fix: l(
      '用图片工具重新导出照片；要达到 10 KB，请提高 JPEG 质量，而不是填充文件。',
      'Export the photo again; to reach 10 KB raise the JPEG quality instead of padding the file.',
    ),
    notes: l(
      '结束标记取扫描数据开始之后的最后一个 FF D9（EXIF 缩略图中的不算）。少于 16 字节的尾部（对齐字节）不报告。动态照片（Motion Photo）附带的视频也会被指出。',
      'The end marker is the last FF D9 after the scan data starts (an EXIF thumbnail’s does not count). Tails under 16 bytes (alignment) are not reported. The video that a motion photo appends is reported too.',
    ),
    messages: {
      default: {
        message: l(
          '照片 {file} 的 JPEG 结束标记后还有 {bytes} 字节附加数据',
          'Photo {file} has {bytes} bytes after its JPEG end marker',
        ),
        hint: l('重新导出照片，去掉附加数据', 'Export the photo again, without the extra data'),
      },
      padding: {
        message: l(
          '照片 {file} 的 JPEG 结束标记后有 {bytes} 字节填充；去掉后只有 {without} KB，不足 {min} KB',
          'Photo {file} has {bytes} bytes of padding after its JPEG end marker; without them it is only {without} KB, under {min} KB',
        ),
        hint: l(
          '用更高质量重新导出原图，而不是填充文件来凑大小',
          'Export the original at a higher quality instead of padding the file',
        ),
      },
    },
  },
} satisfies Catalog;
