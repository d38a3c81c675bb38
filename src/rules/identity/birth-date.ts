import { defineRule } from '../../engine/types.js';
import { formatDate, parseDate } from '../../profile/dates.js';
import { idArg, residentId } from './helpers.js';

/** Characters 7–14 of a resident ID: a calendar date, and the same as 出生年月. */
export default defineRule({
  id: 'identity/birth-date',
  severity: 'error',
  section: 'basic',
  check(facts, report) {
    const id = residentId(facts);
    if (!id) return;
    const r = id.result;
    if (!r.ok) {
      if (r.reason === 'date')
        report({
          field: 'basic.id_number',
          messageId: 'invalid',
          args: {
            id: idArg(id.number),
            digits: r.dateDigits,
            date: `${r.dateDigits.slice(0, 4)}-${r.dateDigits.slice(4, 6)}-${r.dateDigits.slice(6)}`,
          },
        });
      return;
    }
    const given = id.profile.basic?.birth_date;
    const birth = given === undefined ? undefined : parseDate(given);
    if (!birth) return;
    // 出生年月 may be given as YYYY-MM: then only the month is compared.
    const inNumber = birth.monthOnly ? r.birthDate.slice(0, 7) : r.birthDate;
    const stated = formatDate(birth);
    if (inNumber !== stated)
      report({
        field: 'basic.birth_date',
        messageId: 'mismatch',
        args: { id: idArg(id.number), inNumber: r.birthDate, given: stated },
      });
  },
});
