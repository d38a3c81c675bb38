import { defineRule } from '../../engine/types.js';
import { workProofReadings } from './reading-helpers.js';

/**
 * The ticked 在职/退休/离职 box on the proof is not `work[i].status`. Judged from the boxes'
 * pixels (src/deep/documents/ticks.ts); a page whose boxes do not clearly split into ticked and
 * empty is not compared, nor an entry without a status.
 */
export default defineRule({
  id: 'document/work-proof-status',
  severity: 'warning',
  section: 'work',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    for (const { image, entry } of workProofReadings(facts)) {
      const read = image.fields.status;
      if (read === undefined || entry?.status === undefined || read.value === entry.status)
        continue;
      report({
        field: `work[${image.index}].status`,
        file: image.file,
        args: { file: image.file, read: read.value, profile: entry.status },
      });
    }
  },
});
