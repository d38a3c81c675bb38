import { defineRule } from '../../engine/types.js';
import { slotFiles, usableHeader } from '../photo/helpers.js';

/** An A4 page at 600 px across is about 72 dpi: small print and stamps stop being readable. */
export const MIN_SHORT_SIDE = 600;

export default defineRule({
  id: 'attachment/legibility',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of slotFiles(facts, 'attachment')) {
      const h = usableHeader(f.image);
      if (!h) continue;
      const short = Math.min(h.displayWidth, h.displayHeight);
      if (short >= MIN_SHORT_SIDE) continue;
      report({
        field: f.slot.field,
        file: f.name,
        args: {
          file: f.name,
          width: h.displayWidth,
          height: h.displayHeight,
          short,
          min: MIN_SHORT_SIDE,
        },
      });
    }
  },
});
