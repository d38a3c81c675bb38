import { l, type Catalog } from './types.js';

export const FILE_TEXT = {
  'file/corrupt': {
    title: l('材料图片应能完整解码', 'Material images should decode completely'),
    source: l(
      'ausm-check：损坏或不完整的图片无法上传或显示不全',
      'ausm-check: a broken or truncated image fails to upload or shows partly grey',
    ),
    fix: l(
      '从原始位置重新复制或导出文件。',
      'Copy or export the file again from where it came from.',
    ),
    notes: l(
      '截断的 JPEG 能读出文件头，只有缺少结束标记（FF D9，PNG 为 IEND）或解码时才能发现。解码时只把错误算作损坏（libvips failOn: error），不算警告：很多正常手机照片带“多余字节”之类的警告；因此熵编码数据被改乱但仍能解码的 JPEG 不会被指出。只解码格式、大小合格的文件。HEIC、PDF 由格式规则报告，不算损坏。',
      'A truncated JPEG still has a readable header: truncation shows only in the missing end marker (FF D9; IEND for PNG) or when decoding. Decoding fails on errors only (libvips failOn: error), not warnings: many sound phone photos raise warnings such as extraneous bytes, so a JPEG whose entropy-coded data is scrambled yet decodable is not reported. Only files of the right format and size are decoded. HEIC and PDF are the format rules’ concern, not corrupt.',
    ),
    messages: {
      truncated: {
        message: l(
          '{file} 不完整（{detail}）：文件被截断，可能是复制或下载没有完成',
          '{file} is incomplete ({detail}): it was cut short, probably by an unfinished copy or download',
        ),
        hint: l('重新复制或下载原文件', 'Copy or download the original again'),
      },
      corrupt: {
        message: l('{file} 无法解码：{detail}', '{file} cannot be decoded: {detail}'),
        hint: l('重新导出或复制原文件', 'Export or copy the original again'),
      },
      'not-image': {
        message: l(
          '{file} 不是可识别的图片（开头字节 {head}）',
          '{file} is not a recognisable image (first bytes {head})',
        ),
        hint: l(
          '它可能是网页、文档或下载失败的文件；换成真正的图片',
          'It may be a web page, a document or a failed download; use the real image',
        ),
      },
    },
  },
  'file/too-large': {
    title: l('材料图片不应超过 1 亿像素', 'Material images should not exceed 100 megapixels'),
    source: l(
      'ausm-check：超过 1 亿像素的图片不是正常的照片或扫描件（可能是“解压炸弹”），不予解码',
      'ausm-check: an image over 100 megapixels is no ordinary photo or scan (possibly a decompression bomb) and is not decoded',
    ),
    fix: l(
      '缩小到正常尺寸（长边几千像素以内）后重新导出。',
      'Scale it down to an ordinary size (a few thousand pixels on the long side) and export again.',
    ),
    notes: l(
      '尺寸从文件头读取，像素不解码：12000×12000 的 PNG 在毫秒级被拒绝，内存不增长。渐进式 JPEG 和隔行扫描 PNG 解码时须把整幅图放在内存中（渐进式 JPEG 每像素 3–6 字节）：估计超过 96 MB（约 3200 万像素的渐进式 JPEG）的不解码，只给出警告 not-checked，其背景、颜色、清晰度不检查；文件头能判断的（格式、大小、像素尺寸）照常检查。',
      'The dimensions come from the header and the pixels are never decoded: a 12000×12000 PNG is refused in milliseconds, with flat memory. A progressive JPEG or an interlaced PNG must be held whole in memory to be decoded (3–6 bytes per pixel for a progressive JPEG): one estimated over 96 MB (a progressive JPEG of about 32 megapixels) is not decoded and gets the warning not-checked: its background, colour and sharpness go unchecked, while what the header decides (format, size, dimensions) is checked as usual.',
    ),
    messages: {
      default: {
        message: l(
          '{file} 为 {width}×{height} 像素（约 {megapixels} 百万像素），超过 {max} 百万像素，未解码',
          '{file} is {width}×{height} px (about {megapixels} megapixels), over {max}; not decoded',
        ),
        hint: l('缩小尺寸后重新导出', 'Scale it down and export again'),
      },
      'not-checked': {
        message: l(
          '{file} 是 {width}×{height} 像素（约 {megapixels} 百万像素）的{kind}，解码需约 {memory} MB 内存，超过 {budget} MB 上限，未检查其{checks}',
          '{file} is a {kind} of {width}×{height} px (about {megapixels} megapixels): decoding it needs about {memory} MB of memory, over the {budget} MB limit, so its {checks} could not be checked',
        ),
        hint: l(
          '另存为普通（非渐进式）JPEG，或缩小到约 {fits} 百万像素以内，再运行检查',
          'Save it as a baseline (non-progressive) JPEG, or scale it down to about {fits} megapixels or less, and check again',
        ),
      },
    },
  },
} satisfies Catalog;
