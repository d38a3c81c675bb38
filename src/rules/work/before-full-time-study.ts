import { defineRule } from '../../engine/types.js';
import { dayNumber } from '../../profile/dates.js';
import { date, fullTimeStudy, workEntries } from './helpers.js';

/**
 * Work that began before a later full-time programme: the platform compares every work start
 * with the 全日制 graduation date (guide 三（四）6) and may reject the earlier work, although it
 * was real. Not reported where work/after-graduation already reports the same start.
 */
export default defineRule({
  id: 'work/before-full-time-study',
  severity: 'warning',
  section: 'work',
  check(facts, report) {
    const today = date(facts.today);
    // A programme not yet begun is education/dates' finding.
    const studies = fullTimeStudy(facts).filter(
      (s) => !today || dayNumber(s.start) <= dayNumber(today),
    );
    for (const { entry, index } of workEntries(facts)) {
      const start = date(entry.start);
      if (!start) continue;
      const during = studies.some(
        (s) =>
          dayNumber(start) >= dayNumber(s.start) &&
          (s.end === undefined || dayNumber(start) <= dayNumber(s.end)),
      );
      if (during) continue;
      const later = studies.find((s) => dayNumber(start) < dayNumber(s.start));
      if (!later) continue;
      report({
        field: `work[${index}].start`,
        args: {
          start: entry.start!,
          enrolled: later.entry.start!,
          graduation: later.end
            ? { term: 'graduation', key: 'graduated', args: { end: later.entry.end! } }
            : { term: 'graduation', key: 'ongoing' },
          school: later.entry.school ?? '',
          level: later.entry.level ?? '',
          education: later.index + 1,
        },
      });
    }
  },
});
