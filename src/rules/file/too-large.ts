import { defineRule } from '../../engine/types.js';
import { DECODE_BUDGET_BYTES, MAX_PIXELS } from '../../platform/limits.js';
import { everyFile } from '../photo/helpers.js';

const MB = 1024 * 1024;

/**
 * The dimensions come from the header; the pixels of such a file are never decoded. A file under
 * the pixel limit whose decoder would hold the whole image in more memory than the budget (a
 * progressive JPEG or interlaced PNG of tens of megapixels) is not decoded either: a warning,
 * since the platform may well accept the file; only the pixel checks could not run.
 */
export default defineRule({
  id: 'file/too-large',
  severity: 'error',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of everyFile(facts)) {
      const h = f.image?.header;
      if (!h) continue;
      const size = {
        file: f.name,
        width: h.width,
        height: h.height,
        megapixels: Math.round((h.width * h.height) / 1e6),
      };
      const heavy = f.image?.heavy;
      if (f.image?.tooLarge)
        report({ field: f.slot.field, file: f.name, args: { ...size, max: MAX_PIXELS / 1e6 } });
      else if (heavy?.skipped)
        report({
          field: f.slot.field,
          file: f.name,
          messageId: 'not-checked',
          severity: 'warning',
          args: {
            ...size,
            kind: { term: 'image-kind', key: heavy.kind },
            checks: { term: 'skipped-checks', key: heavy.skipped },
            memory: Math.round(heavy.bytes / MB),
            budget: DECODE_BUDGET_BYTES / MB,
            // The size at which the same kind of file fits the budget.
            fits: Math.floor((h.width * h.height * DECODE_BUDGET_BYTES) / heavy.bytes / 1e6),
          },
        });
    }
  },
});
