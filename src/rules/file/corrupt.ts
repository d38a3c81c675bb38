import { defineRule } from '../../engine/types.js';
import { everyFile } from '../photo/helpers.js';

/**
 * Truncation shows in the missing end marker (JPEG FF D9, PNG IEND) or when decoding; a file whose
 * first bytes are no image format at all is reported here too. HEIC and PDF, which the bundled
 * decoder cannot read, are the format rules' concern, not corrupt.
 */
export default defineRule({
  id: 'file/corrupt',
  severity: 'error',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of everyFile(facts)) {
      const image = f.image;
      if (!image) continue;
      const base = { field: f.slot.field, file: f.name };
      if (image.decodeError)
        report({
          ...base,
          messageId: image.decodeError.kind,
          args: {
            file: f.name,
            // Codes, worded in the chosen language; en keeps the decoder's words (issue 14 item 4).
            detail: image.decodeError.marker
              ? { term: 'end-marker', key: image.decodeError.marker }
              : image.decodeError.cause
                ? {
                    term: 'decode-error',
                    key: image.decodeError.cause,
                    args: { text: image.decodeError.detail },
                  }
                : image.decodeError.detail,
          },
        });
      else if (image.format === 'unknown')
        report({ ...base, messageId: 'not-image', args: { file: f.name, head: image.head } });
    }
  },
});
