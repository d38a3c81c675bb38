import { defineRule, type ArgValue } from '../../engine/types.js';
import { piiOf } from '../../profile/text.js';

/**
 * Values that cannot go on the platform's one-line form: control characters, invisible format
 * characters, noncharacters, lone surrogates (src/profile/text.ts says which and why), and values
 * over their length limit. The loader removed each such value, so no other rule reports it again;
 * profile/required stays silent about it too. What characters a name may hold besides is
 * identity/name's concern.
 */
export default defineRule({
  id: 'profile/invalid-text',
  severity: 'error',
  section: 'profile',
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    for (const p of facts.profile.problems) {
      if (p.kind !== 'invalid-text') continue;
      // A name, an ID or a phone number is personal data: masked like everywhere else unless --show-pii.
      const pii = piiOf(p.path);
      const value: ArgValue = pii ? { pii, value: p.shown } : p.shown;
      const { flaw } = p;
      report({
        field: p.path,
        messageId: flaw.kind,
        args:
          flaw.kind === 'too-long'
            ? { value, length: flaw.length, limit: flaw.limit }
            : { value, character: flaw.character, index: flaw.index, count: flaw.count },
        ...(p.position ? { at: p.position } : {}),
      });
    }
  },
});
