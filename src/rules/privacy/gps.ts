import { defineRule } from '../../engine/types.js';
import { everyFile } from '../photo/helpers.js';

/**
 * The coordinates are deliberately not printed: reports are passed around (HR, a batch CSV),
 * and the point is that the file should not carry them either.
 */
export default defineRule({
  id: 'privacy/gps',
  severity: 'warning',
  section: 'materials',
  needs: ['images'],
  check(facts, report) {
    for (const f of everyFile(facts))
      if (f.image?.header?.gps)
        report({ field: f.slot.field, file: f.name, args: { file: f.name } });
  },
});
