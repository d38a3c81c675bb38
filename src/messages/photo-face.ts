import { l, type Catalog } from './types.js';

/** The words of the `--deep` face rules (src/rules/photo/face-*.ts, head-*.ts). */
const FACE_SOURCE = l(
  '填报指南 一（二）：本人近期白底标准证件照片（正面免冠，头像居中）',
  'Guide 一（二）: a recent white-background standard ID photo of the applicant (full face, head uncovered, centred)',
);
/** `fix` never crops or moves the head: that would be making a new photo. */
const RETAKE = l(
  '重新拍摄，或从原始照片重新裁剪（头顶留出空白，头部居中，露出双肩）；ausm-check fix 不会裁剪或移动头像。',
  'Take the photo again, or crop the original again (room above the head, head centred, shoulders showing); ausm-check fix does not crop or move the head.',
);

export const PHOTO_FACE_TEXT = {
  'photo/face-count': {
    title: l('标准证件照中应有且只有一张人脸', 'The standard photo should show exactly one face'),
    source: FACE_SOURCE,
    fix: l(
      '换一张只有本人、正面朝向镜头的证件照。',
      'Use an ID photo of the applicant alone, facing the camera.',
    ),
    notes: l(
      '仅在 --deep 时检查。检测不到人脸（风景、证件、背面、严重遮挡）或检测到多张人脸（合影）时报告；其余人脸规则此时不再报告。',
      'Checked only with --deep. Reported when no face is found (a scene, a document, the back of a head, a covered face) or more than one (a group photo); the other face rules are then silent.',
    ),
    messages: {
      none: {
        message: l('照片 {file} 中没有检测到人脸', 'No face was found in photo {file}'),
        hint: l(
          '换成本人正面免冠的证件照',
          'Use an ID photo of the applicant, full face, head uncovered',
        ),
      },
      several: {
        message: l(
          '照片 {file} 中检测到 {count} 张人脸，证件照只能有本人一人',
          '{count} faces were found in photo {file}; an ID photo shows the applicant alone',
        ),
        hint: l(
          '换一张只有本人的证件照，不要用合影裁剪',
          'Use a photo of the applicant alone, not a crop of a group photo',
        ),
      },
    },
  },
  'photo/head-size': {
    title: l('证件照中头像大小应适中', 'The head should fill an ID photo’s frame reasonably'),
    source: FACE_SOURCE,
    fix: RETAKE,
    notes: l(
      '人脸高度（额头到下巴）在照片高度的 30%–80% 之外才提示；合格证件照约 55%–60%。仅在 --deep 时检查。',
      'Warns only when the face (forehead to chin) is outside 30 %–80 % of the photo’s height; a good ID photo measures about 55 %–60 %. Checked only with --deep.',
    ),
    messages: {
      small: {
        message: l(
          '照片 {file} 中人脸高度只占照片的 {height}%（应在 {min}%–{max}%）：头像太小',
          'In photo {file} the face is only {height} % of the photo’s height ({min} %–{max} % expected): the head is too small',
        ),
        hint: l(
          '从原图裁剪得更紧一些，让头肩占满画面',
          'Crop the original closer, so that head and shoulders fill the frame',
        ),
      },
      large: {
        message: l(
          '照片 {file} 中人脸高度占照片的 {height}%（应在 {min}%–{max}%）：头像太大，缺少头顶留白或双肩',
          'In photo {file} the face is {height} % of the photo’s height ({min} %–{max} % expected): the head is too large, with no room above it or no shoulders',
        ),
        hint: l(
          '重新拍摄或从原图重新裁剪，留出头顶空白和双肩',
          'Take it again or crop the original again with room above the head and the shoulders in',
        ),
      },
    },
  },
  'photo/head-position': {
    title: l('证件照中头像应居中、完整', 'The head should be centred and whole in an ID photo'),
    source: FACE_SOURCE,
    fix: RETAKE,
    notes: l(
      '人脸中心偏离照片竖直中线超过照片宽度的 12%，或人脸顶端距照片上边不到高度的 3%（头顶被裁掉）时提示。仅在 --deep 时检查。',
      'Warns when the face’s centre is more than 12 % of the width off the vertical centre line, or the face reaches within 3 % of the height of the top edge (the head is cut off). Checked only with --deep.',
    ),
    messages: {
      left: {
        message: l(
          '照片 {file} 中人脸中心偏左 {offset}%（照片宽度的百分比，允许 ±{max}%）',
          'In photo {file} the face’s centre is {offset} % of the width left of the centre line (±{max} % allowed)',
        ),
        hint: l(
          '从原图重新裁剪，让头部位于中间',
          'Crop the original again with the head in the middle',
        ),
      },
      right: {
        message: l(
          '照片 {file} 中人脸中心偏右 {offset}%（照片宽度的百分比，允许 ±{max}%）',
          'In photo {file} the face’s centre is {offset} % of the width right of the centre line (±{max} % allowed)',
        ),
        hint: l(
          '从原图重新裁剪，让头部位于中间',
          'Crop the original again with the head in the middle',
        ),
      },
      'cut-off': {
        message: l(
          '照片 {file} 中人脸顶端距上边只有照片高度的 {top}%（至少 {min}%）：头顶被裁掉了',
          'In photo {file} the face reaches within {top} % of the height of the top edge (at least {min} %): the top of the head is cut off',
        ),
        hint: l(
          '重新拍摄或从原图重新裁剪，头顶上方留出空白',
          'Take it again or crop the original again with room above the head',
        ),
      },
    },
  },
  'photo/head-tilt': {
    title: l('证件照中头部应端正，不歪斜', 'The head should be upright in an ID photo'),
    source: FACE_SOURCE,
    fix: l(
      '重新拍摄，头部摆正、双眼保持水平；照片本身歪了的，可从原图转正后重新裁剪。ausm-check fix 不会旋转头像。',
      'Take it again with the head upright and the eyes level; if the picture itself is crooked, straighten and crop the original again. ausm-check fix does not rotate the head.',
    ),
    notes: l(
      '双眼连线倾斜超过 8° 时提示（合格证件照在 4° 以内）。仅在 --deep 时检查。',
      'Warns when the line through the eyes is tilted more than 8° (good ID photos are within 4°). Checked only with --deep.',
    ),
    messages: {
      default: {
        message: l(
          '照片 {file} 中双眼连线倾斜 {angle}°（允许 ±{max}°）',
          'In photo {file} the line through the eyes is tilted {angle}° (±{max}° allowed)',
        ),
        hint: l(
          '头部摆正后重新拍摄，或把原图转正后重新裁剪',
          'Take it again with the head upright, or straighten the original and crop again',
        ),
      },
    },
  },
} satisfies Catalog;
