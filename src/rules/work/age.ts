import { defineRule } from '../../engine/types.js';
import { dayNumber, yearsBetween } from '../../profile/dates.js';
import { date, workEntries } from './helpers.js';

const MIN_AGE = 16;

/** 《劳动法》第十五条: no employment under 16. Almost always a typo in a year. */
export default defineRule({
  id: 'work/age',
  severity: 'warning',
  section: 'work',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    const birthText = facts.profile.data.basic?.birth_date;
    const birth = date(birthText);
    if (!birth) return;
    for (const { entry, index } of workEntries(facts)) {
      const start = date(entry.start);
      if (!start || dayNumber(start) < dayNumber(birth)) continue;
      const age = yearsBetween(birth, start);
      if (age < MIN_AGE)
        report({
          field: `work[${index}].start`,
          args: { start: entry.start!, birth: birthText!, age, min: MIN_AGE },
        });
    }
  },
});
