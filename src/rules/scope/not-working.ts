import { defineRule } from '../../engine/types.js';
import { currentWork, profileWithScope } from './helpers.js';

export default defineRule({
  id: 'scope/not-working',
  severity: 'error',
  section: 'scope',
  check(facts, report) {
    const p = profileWithScope(facts);
    if (!p || (p.scope !== 3 && p.scope !== 4)) return;
    const current = currentWork(p)[0];
    if (current)
      report({
        field: `work[${current.index}].end`,
        args: { scope: p.scope, employer: current.entry.employer ?? '' },
      });
  },
});
