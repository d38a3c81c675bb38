import { defineRule } from '../../engine/types.js';
import { dayNumber, isOngoing, parseDate } from '../../profile/dates.js';
import { date, educationEntries } from './helpers.js';

/** The platform's date pickers: 入学 before 毕业, and `至今` only for the programme still going on (guide 三（四）5 提示 2). */
export default defineRule({
  id: 'education/dates',
  severity: 'error',
  section: 'education',
  check(facts, report) {
    const today = parseDate(facts.today);
    if (!today) return;
    const entries = educationEntries(facts);
    for (const { entry, index } of entries) {
      const start = date(entry.start);
      const field = `education[${index}]`;
      if (start && dayNumber(start) > dayNumber(today))
        report({
          field: `${field}.start`,
          messageId: 'start-future',
          args: { start: entry.start!, today: facts.today },
        });
      if (entry.end === undefined) continue;
      if (isOngoing(entry.end)) {
        if (!start) continue;
        const later = entries.find(
          (o) =>
            o.index !== index &&
            (date(o.entry.start) ? dayNumber(date(o.entry.start)!) > dayNumber(start) : false),
        );
        if (later)
          report({
            field: `${field}.end`,
            messageId: 'ongoing-not-latest',
            args: { start: entry.start!, other: later.index + 1, otherStart: later.entry.start! },
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
          messageId: 'future',
          args: { end: entry.end, today: facts.today },
        });
    }
  },
});
