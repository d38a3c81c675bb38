import { defineRule } from '../../engine/types.js';
import { profileWithScope } from './helpers.js';

export default defineRule({
  id: 'scope/doctorate',
  severity: 'error',
  section: 'scope',
  check(facts, report) {
    const p = profileWithScope(facts);
    if (!p || p.scope !== 4) return;
    if (!(p.education ?? []).some((e) => e.degree === '博士')) report({ field: 'scope' });
  },
});
