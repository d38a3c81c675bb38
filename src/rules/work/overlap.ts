import { defineRule } from '../../engine/types.js';
import { dayNumber, isOngoing, parseDate } from '../../profile/dates.js';
import { date, workEntries } from './helpers.js';

/**
 * Two jobs at once happen (a part-time second post), but overlapping entries are more often a
 * wrong year. One entry ending on the day the next begins is a handover, not an overlap.
 */
export default defineRule({
  id: 'work/overlap',
  severity: 'info',
  section: 'work',
  check(facts, report) {
    const today = parseDate(facts.today);
    if (!today) return;
    const spans = workEntries(facts).flatMap(({ entry, index }) => {
      const start = date(entry.start);
      if (!start || entry.end === undefined) return [];
      const end = isOngoing(entry.end) ? today : date(entry.end);
      if (!end || dayNumber(end) <= dayNumber(start)) return [];
      return [{ index, entry, start: dayNumber(start), end: dayNumber(end) }];
    });
    for (let j = 0; j < spans.length; j++)
      for (let i = 0; i < j; i++) {
        const a = spans[i]!;
        const b = spans[j]!;
        if (a.start < b.end && b.start < a.end) {
          report({
            field: `work[${b.index}].start`,
            args: {
              entry: b.index + 1,
              other: a.index + 1,
              range: `${b.entry.start} – ${b.entry.end}`,
              otherRange: `${a.entry.start} – ${a.entry.end}`,
            },
          });
          break;
        }
      }
  },
});
