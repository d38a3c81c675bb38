import { defineRule } from '../../engine/types.js';
import { profileWithScope } from './helpers.js';

export default defineRule({
  id: 'scope/has-qualification',
  severity: 'warning',
  section: 'scope',
  check(facts, report) {
    const p = profileWithScope(facts);
    if (!p || p.scope !== 3) return;
    const q = p.qualifications?.accounting?.[0];
    if (q) report({ field: 'scope', args: { level: q.level ?? '' } });
  },
});
