import { defineRule } from '../../engine/types.js';
import { formatPrinted } from '../../deep/documents/normalise.js';
import { dayNumber, parseDate } from '../../profile/dates.js';
import { readImages } from './reading-helpers.js';

/** The 有效期限 on the ID card's 国徽面 ended before today. */
export default defineRule({
  id: 'document/id-card-expired',
  severity: 'error',
  section: 'basic',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    const today = parseDate(facts.today);
    if (today === undefined) return;
    for (const image of readImages(facts, 'id-back')) {
      const until = image.fields.validUntil?.value;
      if (until === undefined || until === 'long-term' || until.day === undefined) continue;
      const end = parseDate(formatPrinted(until));
      if (end === undefined || dayNumber(end) >= dayNumber(today)) continue;
      report({
        field: image.slot.field,
        file: image.file,
        args: { file: image.file, until: formatPrinted(until), today: facts.today },
      });
    }
  },
});
