import { defineRule } from '../../engine/types.js';
import { dayNumber, parseDate } from '../../profile/dates.js';

/**
 * Dates that are no dates. A date in the future is reported here only for the birth date; the
 * section rules (work/dates, education/dates, qualification/date) judge the others in context.
 */
export default defineRule({
  id: 'profile/invalid-date',
  severity: 'error',
  section: 'profile',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    for (const p of facts.profile.problems)
      if (p.kind === 'invalid-date') report({ field: p.path, args: { value: p.value } });
    const birth = facts.profile.data.basic?.birth_date;
    const born = birth === undefined ? undefined : parseDate(birth);
    const today = parseDate(facts.today);
    if (born && today && dayNumber(born) > dayNumber(today))
      report({
        field: 'basic.birth_date',
        messageId: 'future',
        args: { value: birth!, today: facts.today },
      });
  },
});
