import { defineRule } from '../../engine/types.js';
import { currentWork, profileWithScope } from './helpers.js';

/** One who now does accounting work must choose ① (guide 二（一）). */
export default defineRule({
  id: 'scope/must-be-accountant',
  severity: 'error',
  section: 'scope',
  check(facts, report) {
    const p = profileWithScope(facts);
    if (!p || p.scope === 1) return;
    // Scopes 3 and 4 (暂未工作) with a current job are scope/not-working's finding.
    if (p.scope === 3 || p.scope === 4) return;
    const current = currentWork(p).find(({ entry }) => (entry.duties ?? []).length > 0);
    if (current)
      report({
        field: 'scope',
        args: { scope: p.scope, employer: current.entry.employer ?? '', entry: current.index + 1 },
      });
  },
});
