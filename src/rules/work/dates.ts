import { defineRule } from '../../engine/types.js';
import { dayNumber, isOngoing, parseDate } from '../../profile/dates.js';
import { date, workEntries } from './helpers.js';

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
      const start = date(entry.start);
      if (start && dayNumber(start) > dayNumber(today))
        report({
          field: `${field}.start`,
          messageId: 'start-future',
          args: { start: entry.start!, today: facts.today },
        });
      if (entry.end === undefined) continue;
      if (isOngoing(entry.end)) {
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
        continue;
      }
      const end = date(entry.end);
      if (!end) continue;
      if (start && dayNumber(start) >= dayNumber(end))
        report({
          field: `${field}.end`,
          messageId: 'order',
          args: { start: entry.start!, end: entry.end },
        });
      else if (dayNumber(end) > dayNumber(today))
        report({
          field: `${field}.end`,
          messageId: 'end-future',
          args: { end: entry.end, today: facts.today },
        });
    }
  },
});
