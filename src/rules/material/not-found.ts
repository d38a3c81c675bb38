import { defineRule } from '../../engine/types.js';
import { nearest } from '../../util/closest.js';

export default defineRule({
  id: 'material/not-found',
  severity: 'error',
  section: 'materials',
  fillable: false,
  check(facts, report) {
    const names = facts.folder.filter((e) => e.kind !== 'directory').map((e) => e.name);
    for (const slot of facts.materials)
      for (const file of slot.named) {
        if (facts.files.get(file)?.access.status !== 'missing') continue;
        const near = nearest(file, names, 3);
        report({
          field: slot.field,
          file,
          messageId: near.length > 0 ? 'suggest' : 'default',
          args: { file, suggestions: near.join('、') },
        });
      }
  },
});
