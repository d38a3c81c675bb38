import { defineRule } from '../../engine/types.js';
import { isOngoing, parseDate } from '../../profile/dates.js';
import { checkPeriod } from '../period.js';
import { workEntries } from './helpers.js';

/** The dates of the 会计工作（经历）证明: 于…至…, and 在职/退休/离职 (the template). */
export default defineRule({
  id: 'work/dates',
  severity: 'error',
  section: 'work',
  check(facts, report) {
    const today = parseDate(facts.today);
    if (!today) return;
    let current = 0;
    let firstCurrent = -1;
    for (const { entry, index } of workEntries(facts)) {
      const field = `work[${index}]`;
      // A `至今` end is no date: only the start is checked there.
      checkPeriod(report, field, entry, { text: facts.today, date: today }, 'end-future');
      if (entry.end !== undefined && isOngoing(entry.end)) {
        if (entry.status === '离职' || entry.status === '退休')
          report({
            field: `${field}.end`,
            messageId: 'ongoing-ended',
            args: { status: entry.status },
          });
        current++;
        if (current === 1) firstCurrent = index;
        else
          report({
            field: `${field}.end`,
            messageId: 'several-current',
            severity: 'warning',
            args: { entry: index + 1, other: firstCurrent + 1, employer: entry.employer ?? '' },
          });
      }
    }
  },
});
