import { defineRule } from '../../engine/types.js';
import { OLD_LEVELS } from '../qualification/level.js';

/** The pre-2019 会计员 level has its own rule (qualification/level), which says why: one finding. */
const OWN_RULE = (path: string, value: unknown) =>
  /^qualifications\.(accounting|other)\[\d+\]\.level$/.test(path) &&
  OLD_LEVELS.has(String(value).trim());

export default defineRule({
  id: 'profile/invalid-value',
  severity: 'error',
  section: 'profile',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    for (const p of facts.profile.problems)
      if (p.kind === 'invalid-value' && !OWN_RULE(p.path, p.args['value']))
        report({ field: p.path, messageId: p.messageId, args: p.args });
  },
});
