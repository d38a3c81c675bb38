import { defineRule } from '../../engine/types.js';
import { slotFiles, usableHeader } from './helpers.js';

/** The EXIF orientations other than upright (1); their words are the `exif-orientation` term. */
const EXIF_TURNED = new Set([2, 3, 4, 5, 6, 7, 8]);

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
      else if (h.orientation !== undefined && EXIF_TURNED.has(h.orientation))
        report({
          ...base,
          messageId: 'exif',
          args: {
            file: f.name,
            orientation: h.orientation,
            meaning: { term: 'exif-orientation', key: h.orientation },
          },
        });
    }
  },
});
