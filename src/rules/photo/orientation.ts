import { defineRule } from '../../engine/types.js';
import { l } from '../../messages/types.js';
import { slotFiles, usableHeader } from './helpers.js';

const EXIF_ORIENTATIONS = {
  2: l('水平翻转', 'mirrored'),
  3: l('旋转 180°', 'rotated 180°'),
  4: l('垂直翻转', 'flipped vertically'),
  5: l('翻转并旋转 90°', 'mirrored and rotated 90°'),
  6: l('顺时针旋转 90°', 'rotated 90° clockwise'),
  7: l('翻转并旋转 270°', 'mirrored and rotated 270°'),
  8: l('逆时针旋转 90°', 'rotated 90° counter-clockwise'),
} as const;

/** One finding per photo: a landscape one is reported as such, whatever its EXIF tag. */
export default defineRule({
  id: 'photo/orientation',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of slotFiles(facts, 'photo')) {
      const h = usableHeader(f.image);
      if (!h) continue;
      const base = { field: f.slot.field, file: f.name };
      if (h.displayWidth > h.displayHeight)
        report({
          ...base,
          messageId: 'landscape',
          args: { file: f.name, width: h.displayWidth, height: h.displayHeight },
        });
      else if (h.orientation !== undefined && h.orientation in EXIF_ORIENTATIONS)
        report({
          ...base,
          messageId: 'exif',
          args: {
            file: f.name,
            orientation: h.orientation,
            meaning: EXIF_ORIENTATIONS[h.orientation as keyof typeof EXIF_ORIENTATIONS],
          },
        });
    }
  },
});
