import { defineRule } from '../../engine/types.js';

export default defineRule({
  id: 'profile/missing',
  severity: 'error',
  section: 'profile',
  check(facts, report) {
    if (facts.profile.status === 'missing') report({ file: 'profile.yaml' });
  },
});
