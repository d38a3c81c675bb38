import { defineRule, type Args, type MessageId } from '../../engine/types.js';
import { piiKindOf } from '../../profile/pii.js';
import { OLD_LEVELS } from '../qualification/level.js';

/** The pre-2019 会计员 level has its own rule (qualification/level), which says why: one finding. */
const OWN_RULE = (path: string, value: unknown) =>
  /^qualifications\.(accounting|other)\[\d+\]\.level$/.test(path) &&
  OLD_LEVELS.has(String(value).trim());

/**
 * The value as the person wrote it is quoted in the message; in a field that holds personal data
 * (an ID number written without quotes, a phone inside a list) it is masked like any other PII.
 */
function maskedArgs(path: string, args: Args): Args {
  const kind = piiKindOf(path);
  if (kind === undefined) return args;
  const masked: Record<string, Args[string]> = {};
  for (const [key, value] of Object.entries(args))
    masked[key] =
      (key === 'value' || key === 'quoted') &&
      (typeof value === 'string' || typeof value === 'number')
        ? { pii: kind, value: String(value) }
        : value;
  return masked;
}

export default defineRule({
  id: 'profile/invalid-value',
  severity: 'error',
  section: 'profile',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    for (const p of facts.profile.problems)
      if (p.kind === 'invalid-value' && !OWN_RULE(p.path, p.args['value']))
        report({
          field: p.path,
          // Named by facts/profile.ts from this rule's ids; an id without words fails when rendered.
          messageId: p.messageId as MessageId<'profile/invalid-value'>,
          args: maskedArgs(p.path, p.args),
        });
  },
});
