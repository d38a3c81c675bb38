import { defineRule } from '../../engine/types.js';
import { splitPath } from '../../profile/schema.js';

export default defineRule({
  id: 'profile/unknown-key',
  severity: 'warning',
  section: 'profile',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    for (const p of facts.profile.problems) {
      if (p.kind !== 'unknown-key') continue;
      const key = String(splitPath(p.path).at(-1));
      report({
        field: p.path,
        messageId: p.suggestion ? 'suggest' : 'default',
        args: { key, suggestion: p.suggestion ?? '' },
      });
    }
  },
});
