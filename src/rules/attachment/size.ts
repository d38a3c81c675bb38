import { defineRule } from '../../engine/types.js';
import { ATTACHMENT_LIMITS } from '../../platform/limits.js';
import { formatKB, isDamaged, slotFiles } from '../photo/helpers.js';
import { wrongFormat } from './helpers.js';

const MIN_KB = ATTACHMENT_LIMITS.minBytesExclusive / 1024;
const MAX_KB = ATTACHMENT_LIMITS.maxBytes / 1024;

/** KB = 1024 bytes here; attachment/size-margin warns where 1000 would decide otherwise. */
export default defineRule({
  id: 'attachment/size',
  severity: 'error',
  section: 'materials',
  fillable: false,
  check(facts, report) {
    for (const f of slotFiles(facts, 'attachment')) {
      if (isDamaged(f.image) || wrongFormat(f.image)) continue;
      const tooSmall = f.bytes <= ATTACHMENT_LIMITS.minBytesExclusive;
      if (!tooSmall && f.bytes <= ATTACHMENT_LIMITS.maxBytes) continue;
      report({
        field: f.slot.field,
        file: f.name,
        messageId: tooSmall ? 'too-small' : 'too-large',
        args: {
          file: f.name,
          size: formatKB(f.bytes, tooSmall ? MIN_KB : MAX_KB),
          bytes: f.bytes,
          min: MIN_KB,
          max: MAX_KB,
        },
      });
    }
  },
});
