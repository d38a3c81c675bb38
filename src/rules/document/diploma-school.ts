import { defineRule } from '../../engine/types.js';
import { compareText, oneGlyphLost } from '../../deep/documents/compare.js';
import { profileOf, readImages } from './reading-helpers.js';

/**
 * The school on the diploma differs from `education[i].school` after normalising. One character
 * missing is a glyph lost under the seal, not another school.
 */
export default defineRule({
  id: 'document/diploma-school',
  severity: 'warning',
  section: 'education',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    const education = profileOf(facts)?.education;
    for (const image of readImages(facts, 'education-proof')) {
      const entry = image.index === undefined ? undefined : education?.[image.index];
      const read = image.fields.school;
      if (read === undefined || compareText(read.value, entry?.school) !== 'differs') continue;
      if (oneGlyphLost(read.value, entry!.school!)) continue;
      report({
        field: `education[${image.index}].school`,
        file: image.file,
        args: { file: image.file, read: read.value, profile: entry!.school! },
      });
    }
  },
});
