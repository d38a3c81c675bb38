import { defineRule } from '../../engine/types.js';
import { PHOTO_LIMITS } from '../../platform/limits.js';
import { slotFiles, usableHeader } from './helpers.js';

/**
 * Dimensions as displayed (after the EXIF orientation). Silent for a landscape photo that would
 * be large enough turned upright: photo/orientation says to turn it.
 */
export default defineRule({
  id: 'photo/min-pixels',
  severity: 'error',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    const { minWidth, minHeight } = PHOTO_LIMITS;
    for (const f of slotFiles(facts, 'photo')) {
      const h = usableHeader(f.image);
      if (!h) continue;
      const { displayWidth: w, displayHeight: ht } = h;
      if (w >= minWidth && ht >= minHeight) continue;
      if (w > ht && ht >= minWidth && w >= minHeight) continue;
      report({
        field: f.slot.field,
        file: f.name,
        args: { file: f.name, width: w, height: ht, minWidth, minHeight },
      });
    }
  },
});
