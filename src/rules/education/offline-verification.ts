import { defineRule } from '../../engine/types.js';
import { parseDate } from '../../profile/dates.js';
import { educationEntries, proofSlot } from './helpers.js';

/**
 * 学信网 has no electronic record of a 学历 before 2002 or a 学位 before September 2008: the
 * platform's automatic check (guide 一（四）, 三（四）5) will fail, so the proof is needed.
 * material/recommended skips these slots (reason `offline`), so there is one finding.
 */
export default defineRule({
  id: 'education/offline-verification',
  severity: 'warning',
  section: 'education',
  check(facts, report) {
    for (const { entry, index } of educationEntries(facts)) {
      const slot = proofSlot(facts, index);
      if (!slot || slot.reason !== 'offline' || slot.files.length > 0) continue;
      const end = parseDate(entry.end ?? '');
      if (!end) continue;
      report({
        field: `education[${index}].proof`,
        messageId: end.year < 2002 ? 'diploma' : 'degree',
        args: { end: entry.end!, level: entry.level ?? '', degree: entry.degree ?? '' },
      });
    }
  },
});
