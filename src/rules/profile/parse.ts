import { defineRule, type MessageId } from '../../engine/types.js';

/** The profile cannot be read at all; the other profile rules then stay silent. */
export default defineRule({
  id: 'profile/parse',
  severity: 'error',
  section: 'profile',
  fillable: false,
  check(facts, report) {
    if (facts.profile.status !== 'unusable') return;
    for (const p of facts.profile.problems) {
      if (p.kind !== 'parse') continue;
      report({
        // Named by facts/profile.ts from this rule's ids; an id without words fails when rendered.
        messageId: p.messageId as MessageId<'profile/parse'>,
        file: facts.profile.file,
        args: {
          file: facts.profile.file,
          // The parser's words are English: a code, worded in zh, the words kept in en (issue 14 item 4).
          detail: p.yamlCode
            ? { term: 'yaml-error', key: p.yamlCode, args: { text: p.detail ?? '' } }
            : (p.detail ?? ''),
          line: p.position?.line ?? 1,
          column: p.position?.column ?? 1,
          excerpt: p.excerpt
            ? {
                term: 'yaml-excerpt',
                key: 'line',
                args: { text: { pii: 'text', value: p.excerpt } },
              }
            : { term: 'yaml-excerpt', key: 'none' },
        },
        ...(p.position ? { at: p.position } : {}),
      });
    }
  },
});
