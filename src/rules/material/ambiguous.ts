import { defineRule } from '../../engine/types.js';

/** Several files fit one material by name: we never pick one silently. */
export default defineRule({
  id: 'material/ambiguous',
  severity: 'error',
  section: 'materials',
  fillable: false,
  check(facts, report) {
    // Past the listing's bound a second candidate may lie among the names not looked at.
    const folder = facts.folderProblem;
    if (folder?.kind === 'too-large')
      report({
        file: './',
        messageId: 'folder-too-large',
        args: { count: folder.count, max: folder.max },
      });
    for (const slot of facts.materials) {
      if (slot.named.length > 0 || slot.found.length < 2 || slot.files.length > 0) continue;
      report({
        field: slot.field,
        args: {
          material: { term: 'material', key: slot.material },
          files: slot.found.join('、'),
          count: slot.found.length,
        },
      });
    }
  },
});
