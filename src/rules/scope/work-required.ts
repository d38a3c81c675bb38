import { defineRule } from '../../engine/types.js';
import { currentWork, profileWithScope } from './helpers.js';

export default defineRule({
  id: 'scope/work-required',
  severity: 'error',
  section: 'scope',
  check(facts, report) {
    const p = profileWithScope(facts);
    if (!p || p.scope !== 1) return;
    if (currentWork(p).length === 0)
      report({
        field: (p.work ?? []).length > 0 ? 'work' : 'scope',
        messageId: (p.work ?? []).length > 0 ? 'none-current' : 'default',
      });
  },
});
