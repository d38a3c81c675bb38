import { defineRule } from '../../engine/types.js';

/**
 * 人社部发〔2019〕8号 made the accounting titles 初级 (助理会计师), 中级, 高级 and 正高级: the old
 * 会计员 is gone, and the platform has no such level. The loader already refuses the value
 * (profile/invalid-value lists the allowed ones); this finding says why, and what to enter.
 */
export const OLD_LEVELS = new Set(['会计员', '会计员级']);

export default defineRule({
  id: 'qualification/level',
  severity: 'warning',
  section: 'qualifications',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    for (const problem of facts.profile.problems) {
      if (problem.kind !== 'invalid-value') continue;
      if (!/^qualifications\.(accounting|other)\[\d+\]\.level$/.test(problem.path)) continue;
      const value = String(problem.args['value'] ?? '').trim();
      if (OLD_LEVELS.has(value)) report({ field: problem.path, args: { value } });
    }
  },
});
