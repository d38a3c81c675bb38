import { defineRule } from '../../engine/types.js';
import { PHOTO_LIMITS } from '../../platform/limits.js';
import { formatKB, isDamaged, isPhotoFormat, slotFiles } from './helpers.js';

const MIN_KB = PHOTO_LIMITS.minBytes / 1024;

/**
 * Reads only the file size, so it runs without image facts; silent on a file that is no image,
 * is broken or is in another format (photo/format's).
 */
export default defineRule({
  id: 'photo/min-size',
  severity: 'error',
  section: 'materials',
  fillable: false,
  check(facts, report) {
    for (const f of slotFiles(facts, 'photo')) {
      if (f.bytes >= PHOTO_LIMITS.minBytes || isDamaged(f.image)) continue;
      // A file in another format is converted anyway, which changes its size: photo/format's.
      if (f.image && !isPhotoFormat(f.image)) continue;
      report({
        field: f.slot.field,
        file: f.name,
        args: { file: f.name, size: formatKB(f.bytes, MIN_KB), bytes: f.bytes, min: MIN_KB },
      });
    }
  },
});
