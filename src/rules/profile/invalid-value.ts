import { defineRule } from '../../engine/types.js';

export default defineRule({
  id: 'profile/invalid-value',
  severity: 'error',
  section: 'profile',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    for (const p of facts.profile.problems)
      if (p.kind === 'invalid-value')
        report({ field: p.path, messageId: p.messageId, args: p.args });
  },
});
