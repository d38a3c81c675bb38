import { defineRule, type MessageId } from '../../engine/types.js';

export default defineRule({
  id: 'material/missing',
  severity: 'error',
  section: 'materials',
  fillable: false,
  check(facts, report) {
    if (facts.profile.status === 'unusable') return;
    for (const slot of facts.materials) {
      // Several matches are material/ambiguous; a named but absent file is material/not-found.
      if (slot.need !== 'required' || slot.named.length > 0 || slot.found.length > 0) continue;
      report({
        field: slot.field,
        // The facts name the reason with a message id of this rule (facts/types.ts MaterialSlot);
        // an id without words is caught when rendering and by test/rules/every-message.test.ts.
        messageId: slot.reason as MessageId<'material/missing'>,
        args: {
          material: { term: 'material', key: slot.material },
          ...(slot.printed === undefined ? {} : { document: slot.printed }),
        },
      });
    }
  },
});
