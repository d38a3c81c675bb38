import { defineRule } from '../../engine/types.js';

/**
 * `--deep` could not read an image well enough to compare anything (docs/spec/documents.md): too
 * small, blurred, dark, cut off, or no text in any orientation. Info: nothing was compared.
 */
export default defineRule({
  id: 'document/unreadable',
  severity: 'info',
  section: 'materials',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    const documents = facts.deep?.documents;
    if (documents === undefined) return;
    const seen = new Set<string>();
    for (const slot of facts.materials)
      for (const file of slot.files) {
        const reading = documents.get(file);
        if (reading?.status !== 'unreadable' || seen.has(file)) continue;
        seen.add(file);
        report({
          field: slot.field,
          file,
          messageId: reading.reason,
          args: { file, material: { term: 'material', key: slot.material } },
        });
      }
  },
});
