import { defineRule } from '../../engine/types.js';
import { IMAGE_EXTENSIONS } from '../../facts/materials.js';

export default defineRule({
  id: 'material/unused',
  severity: 'info',
  section: 'materials',
  check(facts, report) {
    const used = new Set(facts.materials.flatMap((m) => [...m.files, ...m.found]));
    for (const entry of facts.folder)
      if (entry.kind !== 'directory' && IMAGE_EXTENSIONS.test(entry.name) && !used.has(entry.name))
        report({ file: entry.name, args: { file: entry.name } });
  },
});
