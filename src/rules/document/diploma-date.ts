import { defineRule } from '../../engine/types.js';
import { compareDate } from '../../deep/documents/compare.js';
import { formatPrinted } from '../../deep/documents/normalise.js';
import { profileOf, readImages } from './reading-helpers.js';

/**
 * The graduation date on the diploma (the study period's end, 至 YYYY 年 M 月, or the issue date)
 * is not `education[i].end`, at the precision the diploma gives. Either date agreeing is enough.
 */
export default defineRule({
  id: 'document/diploma-date',
  severity: 'error',
  section: 'education',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    const education = profileOf(facts)?.education;
    for (const image of readImages(facts, 'education-proof')) {
      const entry = image.index === undefined ? undefined : education?.[image.index];
      const dates = [image.fields.studyEnd, image.fields.issued].filter((d) => d !== undefined);
      const results = dates.map((d) => compareDate(d.value, entry?.end));
      if (dates.length === 0 || results.some((r) => r !== 'differs')) continue;
      report({
        field: `education[${image.index}].end`,
        file: image.file,
        args: { file: image.file, read: formatPrinted(dates[0]!.value), profile: entry!.end! },
      });
    }
  },
});
