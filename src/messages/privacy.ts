import { l, type Catalog } from './types.js';

export const PRIVACY_TEXT = {
  'privacy/gps': {
    title: l('上传的图片不应带拍摄地点', 'Uploaded images should not carry a location'),
    source: l(
      'EXIF 2.3 GPS 信息；《个人信息保护法》：行踪信息属于敏感个人信息',
      'EXIF 2.3 GPS info; PIPL: location data is sensitive personal information',
    ),
    fix: l(
      '分享或导出时关闭“位置信息”，或用图片工具另存一份不含 EXIF 的副本。',
      'Turn off “location” when sharing or exporting, or save a copy without EXIF in an image tool.',
    ),
    notes: l(
      '报告中故意不显示坐标：报告会被转发，而目的正是不让坐标外传。',
      'The coordinates are deliberately not shown: reports get passed around, and the point is not to spread them.',
    ),
    messages: {
      default: {
        message: l(
          '{file} 的 EXIF 中含有 GPS 坐标：照片透露了拍摄地点',
          '{file} carries GPS coordinates in its EXIF: it tells where it was taken',
        ),
        hint: l('去掉位置信息后再上传', 'Remove the location before uploading'),
      },
    },
  },
} satisfies Catalog;
