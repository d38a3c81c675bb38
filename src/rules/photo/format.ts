import { defineRule } from '../../engine/types.js';
import { extensionLabel, formatName, isPhotoFormat, slotFiles } from './helpers.js';

/**
 * The real format comes from the first bytes, never the name: a PNG renamed `.jpg` is still a
 * PNG. Content that is no image format at all is file/corrupt's, not this rule's.
 */
export default defineRule({
  id: 'photo/format',
  severity: 'error',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of slotFiles(facts, 'photo')) {
      const image = f.image;
      if (!image || image.format === 'unknown' || isPhotoFormat(image)) continue;
      const args = {
        file: f.name,
        actual: formatName(image),
        extension: extensionLabel(image.extension),
      };
      report({
        field: f.slot.field,
        file: f.name,
        messageId: image.format === 'jpeg' ? 'extension' : 'content',
        args,
      });
    }
  },
});
