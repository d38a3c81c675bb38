import { defineRule } from '../../engine/types.js';
import { dayNumber } from '../../profile/dates.js';
import { date, dayAfter, fullTimeStudy, sameMonth, workEntries } from './helpers.js';

/**
 * Guide 一（三）and 三（四）6: 全日制学历人员在《会计工作（经历）证明》所填的工作开始时间不得早于或
 * 等于毕业证“毕业时间”，非全日制学历的人员不受上述限制. A start inside a full-time study period,
 * its graduation day included, is rejected. Where a month-only date leaves the order open
 * (`2009-07` against `2009-07-01`), an info says what to check.
 */
export default defineRule({
  id: 'work/after-graduation',
  severity: 'error',
  section: 'work',
  check(facts, report) {
    const studies = fullTimeStudy(facts);
    if (studies.length === 0) return;
    for (const { entry, index } of workEntries(facts)) {
      const start = date(entry.start);
      if (!start) continue;
      const field = `work[${index}].start`;
      for (const s of studies) {
        if (dayNumber(start) < dayNumber(s.start)) continue;
        const args = {
          start: entry.start!,
          school: s.entry.school ?? '',
          level: s.entry.level ?? '',
          enrolled: s.entry.start!,
          education: s.index + 1,
        };
        if (!s.end) {
          report({ field, messageId: 'ongoing', args });
          break;
        }
        if ((start.monthOnly || s.end.monthOnly) && sameMonth(start, s.end)) {
          report({
            field,
            messageId: 'same-month',
            severity: 'info',
            args: { ...args, graduation: s.entry.end! },
          });
          break;
        }
        if (dayNumber(start) > dayNumber(s.end)) continue;
        report({
          field,
          args: { ...args, graduation: s.entry.end!, earliest: dayAfter(s.end) },
        });
        break;
      }
    }
  },
});
