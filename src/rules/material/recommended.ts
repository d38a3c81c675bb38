import { defineRule, type MessageId } from '../../engine/types.js';

/**
 * A proof the platform asks for only when its online check fails. Entries whose online check is
 * sure to fail (学历 before 2002) are education/offline-verification's finding instead.
 */
export default defineRule({
  id: 'material/recommended',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  check(facts, report) {
    if (facts.profile.status !== 'ok') return;
    for (const slot of facts.materials) {
      if (slot.need !== 'recommended' || slot.reason === 'offline') continue;
      if (slot.named.length > 0 || slot.found.length > 0) continue;
      report({
        field: slot.field,
        // Only education and qualification proofs are ever recommended (facts/materials.ts).
        messageId: slot.material as MessageId<'material/recommended'>,
        args: { material: { term: 'material', key: slot.material } },
      });
    }
  },
});
