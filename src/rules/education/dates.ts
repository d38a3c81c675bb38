import { defineRule } from '../../engine/types.js';
import { dayNumber, isOngoing, parseDate } from '../../profile/dates.js';
import { checkPeriod } from '../period.js';
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
      // A `至今` end is no date: only the start is checked there.
      checkPeriod(report, field, entry, { text: facts.today, date: today }, 'future');
      if (start && entry.end !== undefined && isOngoing(entry.end)) {
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
      }
    }
  },
});
