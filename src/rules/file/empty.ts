import { defineRule } from '../../engine/types.js';

export default defineRule({
  id: 'file/empty',
  severity: 'error',
  section: 'materials',
  fillable: false,
  check(facts, report) {
    for (const f of facts.files.values())
      if (f.access.status === 'ok' && f.access.size === 0)
        report({ file: f.name, args: { file: f.name } });
  },
});
