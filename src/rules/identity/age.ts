import { defineRule } from '../../engine/types.js';
import { dayNumber, parseDate, yearsBetween } from '../../profile/dates.js';
import { residentId } from './helpers.js';

const MIN_AGE = 16;
const MAX_AGE = 100;

/**
 * Under 16 (the age of work under 劳动法 第十五条) or over 100: most likely a typo in the date of
 * birth. Uses 出生年月, else the date inside a valid resident ID.
 */
export default defineRule({
  id: 'identity/age',
  severity: 'warning',
  section: 'basic',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    const given = facts.profile.data.basic?.birth_date;
    let birthText = given;
    let field = 'basic.birth_date';
    if (birthText === undefined) {
      const id = residentId(facts);
      if (!id?.result.ok) return;
      birthText = id.result.birthDate;
      field = 'basic.id_number';
    }
    const birth = parseDate(birthText);
    const today = parseDate(facts.today);
    // A birth date after today is profile/invalid-date's finding.
    if (!birth || !today || dayNumber(birth) > dayNumber(today)) return;
    const age = yearsBetween(birth, today);
    if (age < MIN_AGE)
      report({
        field,
        messageId: 'too-young',
        args: { birth: birthText, age, today: facts.today, min: MIN_AGE },
      });
    else if (age > MAX_AGE)
      report({
        field,
        messageId: 'too-old',
        args: { birth: birthText, age, today: facts.today, max: MAX_AGE },
      });
  },
});
