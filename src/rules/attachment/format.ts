import { defineRule } from '../../engine/types.js';
import { ATTACHMENT_LIMITS, isAttachmentFormat } from '../../platform/limits.js';
import { extensionLabel, formatName, slotFiles } from '../photo/helpers.js';

/**
 * JPEG or PNG by content, under a name whose extension says the same: the platform's upload
 * accepts images, and a HEIC, WebP or PDF renamed `.jpg` fails there or shows blank to the reviewer.
 */
export default defineRule({
  id: 'attachment/format',
  severity: 'error',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of slotFiles(facts, 'attachment')) {
      const image = f.image;
      if (!image || image.format === 'unknown') continue;
      if (isAttachmentFormat(image.format, image.extension)) continue;
      const accepted = ATTACHMENT_LIMITS.formats.includes(image.format);
      report({
        field: f.slot.field,
        file: f.name,
        messageId: accepted ? 'extension' : 'content',
        args: {
          file: f.name,
          actual: formatName(image),
          extension: extensionLabel(image.extension),
        },
      });
    }
  },
});
