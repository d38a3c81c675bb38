import { defineRule } from '../../engine/types.js';
import { PHOTO_LIMITS } from '../../platform/limits.js';
import { slotFiles, usableHeader } from './helpers.js';

const STANDARD = PHOTO_LIMITS.minWidth / PHOTO_LIMITS.minHeight;
/** ±5 % of 295:413. */
export const ASPECT_TOLERANCE = 0.05;

/** Silent for a landscape photo: photo/orientation reports that. */
export default defineRule({
  id: 'photo/aspect',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of slotFiles(facts, 'photo')) {
      const h = usableHeader(f.image);
      if (!h || h.displayHeight === 0 || h.displayWidth > h.displayHeight) continue;
      const ratio = h.displayWidth / h.displayHeight;
      const deviation = ratio / STANDARD - 1;
      if (Math.abs(deviation) <= ASPECT_TOLERANCE) continue;
      report({
        field: f.slot.field,
        file: f.name,
        args: {
          file: f.name,
          width: h.displayWidth,
          height: h.displayHeight,
          ratio: ratio.toFixed(3),
          deviation: `${deviation > 0 ? '+' : ''}${(deviation * 100).toFixed(1)}`,
        },
      });
    }
  },
});
