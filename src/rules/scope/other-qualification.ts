import { defineRule } from '../../engine/types.js';
import { profileWithScope } from './helpers.js';

const TYPES = new Set(['经济', '统计', '审计']);

/** Scope ⑤ rests on a 中级 经济/统计/审计 qualification passed by national exam: 评审 does not count. */
export default defineRule({
  id: 'scope/other-qualification',
  severity: 'error',
  section: 'scope',
  check(facts, report) {
    const p = profileWithScope(facts);
    if (!p || p.scope !== 5) return;
    const other = p.qualifications?.other ?? [];
    const fitting = other.filter(
      (q) => q.type !== undefined && TYPES.has(q.type) && q.level === '中级',
    );
    if (fitting.some((q) => q.method === '考试')) return;
    const notByExam = other.findIndex((q) => fitting.includes(q));
    if (notByExam >= 0)
      report({
        field: `qualifications.other[${notByExam}].method`,
        messageId: 'not-by-exam',
        args: { type: other[notByExam]!.type ?? '', method: other[notByExam]!.method ?? '' },
      });
    else report({ field: p.qualifications?.other ? 'qualifications.other' : 'scope' });
  },
});
