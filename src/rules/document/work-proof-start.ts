import { defineRule } from '../../engine/types.js';
import { compareDate } from '../../deep/documents/compare.js';
import { formatPrinted } from '../../deep/documents/normalise.js';
import { workProofReadings } from './reading-helpers.js';

/** The start date on the proof (于 YYYY 年 M 月 D 日) is not `work[i].start`, at the precision both give. */
export default defineRule({
  id: 'document/work-proof-start',
  severity: 'error',
  section: 'work',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    for (const { image, entry } of workProofReadings(facts)) {
      const read = image.fields.start;
      if (read === undefined || compareDate(read.value, entry?.start) !== 'differs') continue;
      report({
        field: `work[${image.index}].start`,
        file: image.file,
        args: { file: image.file, read: formatPrinted(read.value), profile: entry!.start! },
      });
    }
  },
});
