import { defineRule } from '../../engine/types.js';
import { idArg, residentId } from './helpers.js';

/** The 17th digit of a resident ID: odd for 男, even for 女 (GB 11643-1999 顺序码). */
export default defineRule({
  id: 'identity/gender',
  severity: 'error',
  section: 'basic',
  check(facts, report) {
    const id = residentId(facts);
    if (!id || !id.result.ok) return;
    const given = id.profile.basic?.gender;
    if (given === undefined || given === id.result.gender) return;
    report({
      field: 'basic.gender',
      args: {
        id: idArg(id.number),
        digit: id.result.genderDigit,
        parity: { term: 'parity', key: id.result.gender === '男' ? 'odd' : 'even' },
        expected: id.result.gender,
        given,
      },
    });
  },
});
