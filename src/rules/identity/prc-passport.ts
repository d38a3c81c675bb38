import { defineRule } from '../../engine/types.js';
import { looksLikePrcPassport } from '../../ids/travel-documents.js';
import { normaliseNumber } from '../../ids/normalise.js';
import { idArg, idNumber } from './helpers.js';

/** A citizen registers with the 内地居民身份证, never as a foreign passport holder. */
export default defineRule({
  id: 'identity/prc-passport',
  severity: 'warning',
  section: 'basic',
  check(facts, report) {
    const id = idNumber(facts);
    if (!id || id.type !== '护照（外国）') return;
    const { value } = normaliseNumber(id.number);
    if (looksLikePrcPassport(value))
      report({ field: 'basic.id_number', args: { id: idArg(id.number) } });
  },
});
