import { defineRule } from '../../engine/types.js';
import { IMAGE_EXTENSIONS } from '../../platform/formats.js';
import { materialOfName } from '../../platform/materials.js';

export default defineRule({
  id: 'material/unused',
  severity: 'info',
  section: 'materials',
  fillable: false,
  check(facts, report) {
    const used = new Set(facts.materials.flatMap((m) => [...m.files, ...m.found]));
    // A file that looks like a material whose named file is missing is material/not-found's suggestion.
    const misnamed = new Set(
      facts.materials
        .filter((m) => m.named.some((f) => facts.files.get(f)?.access.status === 'missing'))
        .map((m) => m.material),
    );
    for (const entry of facts.folder) {
      if (entry.kind === 'directory' || !IMAGE_EXTENSIONS.test(entry.name) || used.has(entry.name))
        continue;
      const kind = materialOfName(entry.name)?.material;
      if (kind !== undefined && misnamed.has(kind)) continue;
      report({ file: entry.name, args: { file: entry.name } });
    }
  },
});
