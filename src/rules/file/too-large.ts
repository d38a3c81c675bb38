import { defineRule } from '../../engine/types.js';
import { MAX_PIXELS } from '../../facts/image-types.js';
import { everyFile } from '../photo/helpers.js';

/** The dimensions come from the header; the pixels of such a file are never decoded. */
export default defineRule({
  id: 'file/too-large',
  severity: 'error',
  section: 'materials',
  needs: ['images'],
  check(facts, report) {
    for (const f of everyFile(facts)) {
      const h = f.image?.header;
      if (!f.image?.tooLarge || !h) continue;
      report({
        field: f.slot.field,
        file: f.name,
        args: {
          file: f.name,
          width: h.width,
          height: h.height,
          megapixels: Math.round((h.width * h.height) / 1e6),
          max: MAX_PIXELS / 1e6,
        },
      });
    }
  },
});
