import { DOCUMENT_READING_TEXT } from './document-reading.js';
import { l, type Catalog } from './types.js';

export const DOCUMENT_TEXT = {
  'document/seal': {
    title: l(
      '会计工作（经历）证明应加盖单位公章或人事部门章',
      'The work proof (会计工作（经历）证明) should carry the employer’s red seal',
    ),
    source: l(
      '填报指南 三（四）6：按《会计工作（经历）证明》模版如实填写，并加盖单位公章或人事部门章后拍照上传',
      'Guide 三（四）6: fill in the 会计工作（经历）证明 template, have it stamped with the employer’s seal or its HR department’s seal, then photograph it',
    ),
    fix: l(
      '请单位在证明上盖红色公章（或人事部门章），盖章后用彩色拍照上传原件，不要上传复印件或盖章前的打印件。',
      'Have the employer stamp the proof with its red seal (or the HR department’s), then photograph the stamped original in colour; not a photocopy, not the print before stamping.',
    ),
    notes: l(
      '按像素判断，不用模型：在图片上找红色的圆环或圆形（直径约为页面宽度的 6%–34%，四周都有红色）。在暖光或昏暗灯光下拍的盖章原件能找到；灰色复印件、未盖章的打印件找不到。红色文字、红色标题条或小标志不算公章。只对格式、大小合格的文件判断。',
      'Judged from the pixels, no model: a red ring or disc (about 6–34 % of the image’s short side across, red all around) is looked for. Stamped originals photographed under a warm lamp or in dim light pass; grey photocopies and prints before stamping do not. Red text, a red heading bar or a small logo is no seal. Judged only for files of the right format and size.',
    ),
    messages: {
      default: {
        message: l(
          '{file} 上没有找到红色公章（圆形红章）；会计工作（经历）证明须加盖单位公章或人事部门章',
          'No red seal (a round red stamp) found on {file}; the work proof must carry the employer’s or its HR department’s seal',
        ),
        hint: l(
          '盖章后用彩色拍摄原件再上传；若已盖章，请在光线充足处重新拍照，让公章完整清晰',
          'Photograph the stamped original in colour; if it is stamped, photograph it again in good light with the whole seal in view',
        ),
      },
    },
  },
  ...DOCUMENT_READING_TEXT,
} satisfies Catalog;
