import { defineRule } from '../../engine/types.js';
import { HIGHER_LEVELS } from '../../platform/levels.js';
import { dayNumber, yearsBetween } from '../../profile/dates.js';
import { date, educationEntries } from './helpers.js';

const MIN_AGE = 14;

/** Enrolment in 大专 or higher before 14 is almost always a typo in a year. */
export default defineRule({
  id: 'education/age',
  severity: 'warning',
  section: 'education',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    const birth = date(facts.profile.data.basic?.birth_date);
    if (!birth) return;
    for (const { entry, index } of educationEntries(facts)) {
      if (entry.level === undefined || !HIGHER_LEVELS.has(entry.level)) continue;
      const start = date(entry.start);
      if (!start || dayNumber(start) < dayNumber(birth)) continue;
      const age = yearsBetween(birth, start);
      if (age < MIN_AGE)
        report({
          field: `education[${index}].start`,
          args: {
            start: entry.start!,
            birth: facts.profile.data.basic!.birth_date!,
            age,
            level: entry.level,
            min: MIN_AGE,
          },
        });
    }
  },
});
