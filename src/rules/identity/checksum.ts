import { defineRule } from '../../engine/types.js';
import { idArg, normalisedNote, residentId } from './helpers.js';

/** GB 11643-1999 check character (ISO 7064 MOD 11-2). */
export default defineRule({
  id: 'identity/checksum',
  severity: 'error',
  section: 'basic',
  check(facts, report) {
    const id = residentId(facts);
    if (!id || id.result.ok || id.result.reason !== 'checksum') return;
    report({
      field: 'basic.id_number',
      args: {
        id: idArg(id.number),
        actual: id.result.actual,
        expected: id.result.expected,
        note: normalisedNote(id.result.changed),
      },
    });
  },
});
