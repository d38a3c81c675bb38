import { defineRule } from '../../engine/types.js';
import { compareText } from '../../deep/documents/compare.js';
import { workProofReadings } from './reading-helpers.js';

/** The employer (单位名称) on the proof differs from `work[i].employer` after normalising. */
export default defineRule({
  id: 'document/work-proof-employer',
  severity: 'warning',
  section: 'work',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    for (const { image, entry } of workProofReadings(facts)) {
      const read = image.fields.employer;
      if (read === undefined || compareText(read.value, entry?.employer) !== 'differs') continue;
      report({
        field: `work[${image.index}].employer`,
        file: image.file,
        args: { file: image.file, read: read.value, profile: entry!.employer! },
      });
    }
  },
});
