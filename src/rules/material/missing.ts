import { defineRule } from '../../engine/types.js';
import { materialName } from '../../messages/materials.js';

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
        messageId: slot.reason,
        args: { material: materialName(slot.material) },
      });
    }
  },
});
