import { defineRule } from '../../engine/types.js';
import { checkUscc, orgCodeCheck } from '../../ids/uscc.js';
import { workEntries } from './helpers.js';

/** Characters 9–17 are the GB 11714-1997 organisation code, with its own check character. */
export default defineRule({
  id: 'work/uscc-org-code',
  severity: 'warning',
  section: 'work',
  check(facts, report) {
    for (const { entry, index } of workEntries(facts)) {
      if (typeof entry.uscc !== 'string') continue;
      const r = checkUscc(entry.uscc);
      if (!r.ok) continue;
      const orgCode = r.normalised.slice(8, 17);
      const o = orgCodeCheck(orgCode);
      if (o.ok) continue;
      report({
        field: `work[${index}].uscc`,
        messageId: o.reason,
        args: {
          uscc: entry.uscc,
          orgCode,
          actual: o.reason === 'checksum' ? o.actual : (orgCode[8] ?? ''),
          expected: o.reason === 'checksum' ? o.expected : '',
        },
      });
    }
  },
});
