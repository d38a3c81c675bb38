import { defineRule } from '../../engine/types.js';
import { dayNumber, parseDate, yearsBetween } from '../../profile/dates.js';

const MIN_AGE = 16;

/** 取得时间: not in the future, and not before the age at which anyone sits these exams. */
export default defineRule({
  id: 'qualification/date',
  severity: 'error',
  section: 'qualifications',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    const p = facts.profile.data;
    const today = parseDate(facts.today);
    if (!today) return;
    const birthText = p.basic?.birth_date;
    const birth = birthText === undefined ? undefined : parseDate(birthText);
    const lists = [
      ['accounting', p.qualifications?.accounting ?? []],
      ['other', p.qualifications?.other ?? []],
    ] as const;
    for (const [kind, list] of lists)
      list.forEach((q, i) => {
        if (typeof q.date !== 'string') return;
        const d = parseDate(q.date);
        if (!d) return;
        const field = `qualifications.${kind}[${i}].date`;
        if (dayNumber(d) > dayNumber(today)) {
          report({ field, messageId: 'future', args: { date: q.date, today: facts.today } });
          return;
        }
        if (birth && dayNumber(d) >= dayNumber(birth)) {
          const age = yearsBetween(birth, d);
          if (age < MIN_AGE)
            report({
              field,
              messageId: 'too-young',
              args: { date: q.date, birth: birthText!, age, min: MIN_AGE },
            });
        } else if (birth)
          report({ field, messageId: 'before-birth', args: { date: q.date, birth: birthText! } });
      });
  },
});
