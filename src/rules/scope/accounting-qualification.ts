import { defineRule } from '../../engine/types.js';
import { profileWithScope } from './helpers.js';

export default defineRule({
  id: 'scope/accounting-qualification',
  severity: 'error',
  section: 'scope',
  check(facts, report) {
    const p = profileWithScope(facts);
    if (!p || p.scope !== 2) return;
    if ((p.qualifications?.accounting ?? []).length === 0)
      report({ field: p.qualifications ? 'qualifications.accounting' : 'scope' });
  },
});
