import { defineRule } from '../../engine/types.js';
import { PHOTO_LIMITS } from '../../platform/limits.js';
import { formatKB, slotFiles } from './helpers.js';

/** A stray byte or two of alignment after the end marker is harmless; padding is not. */
export const TRAILING_MIN_BYTES = 16;

export default defineRule({
  id: 'photo/trailing-data',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of slotFiles(facts, 'photo')) {
      const image = f.image;
      const end = image?.jpegEnd;
      if (!image || image.decodeError || !end?.found || end.trailingBytes < TRAILING_MIN_BYTES)
        continue;
      const without = f.bytes - end.trailingBytes;
      const minKB = PHOTO_LIMITS.minBytes / 1024;
      report({
        field: f.slot.field,
        file: f.name,
        messageId: without < PHOTO_LIMITS.minBytes ? 'padding' : 'default',
        args: {
          file: f.name,
          bytes: end.trailingBytes,
          without: formatKB(without, minKB),
          min: minKB,
        },
      });
    }
  },
});
