import { defineRule } from '../../engine/types.js';
import { ATTACHMENT_LIMITS, isAttachmentSize } from '../../platform/limits.js';
import { isDamaged, slotFiles } from '../photo/helpers.js';
import { wrongFormat } from './helpers.js';

const MAX_KB = ATTACHMENT_LIMITS.maxBytes / 1024;
const MIN_KB = ATTACHMENT_LIMITS.minBytesExclusive / 1024;

/**
 * Within the limits at 1024 bytes per KB but not at 1000. Only the upper limit can differ: a file
 * over 20 × 1024 bytes is also over 20 × 1000.
 */
export default defineRule({
  id: 'attachment/size-margin',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  check(facts, report) {
    for (const f of slotFiles(facts, 'attachment')) {
      if (isDamaged(f.image) || wrongFormat(f.image)) continue;
      const within1024 = isAttachmentSize(f.bytes);
      const within1000 = f.bytes > MIN_KB * 1000 && f.bytes <= MAX_KB * 1000;
      if (!within1024 || within1000) continue;
      report({
        field: f.slot.field,
        file: f.name,
        args: {
          file: f.name,
          bytes: f.bytes,
          kib: (f.bytes / 1024).toFixed(1),
          kb: (f.bytes / 1000).toFixed(1),
          max: MAX_KB,
        },
      });
    }
  },
});
