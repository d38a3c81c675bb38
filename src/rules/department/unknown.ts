import { defineRule } from '../../engine/types.js';
import { matchDepartment } from '../../ids/divisions.js';

/** 所在会计管理部门: a GB/T 2260 province/city/county, `省直属`, or a special body (guide 三（四）2). */
export default defineRule({
  id: 'department/unknown',
  severity: 'error',
  section: 'department',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    const value = facts.profile.data.department;
    if (typeof value !== 'string') return;
    const m = matchDepartment(value);
    if (m.ok) return;
    report({
      field: 'department',
      messageId: m.reason,
      args: {
        value,
        part: m.part ?? '',
        within: m.within ?? '',
        suggestions: m.suggestions.length > 0 ? m.suggestions.join('、') : '—',
      },
    });
  },
});
