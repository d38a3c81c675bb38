import { defineRule } from '../../engine/types.js';
import { compareText } from '../../deep/documents/compare.js';
import { profileOf, readImages } from './reading-helpers.js';

/** The name on a qualification certificate is not `basic.name`. */
export default defineRule({
  id: 'document/certificate-name',
  severity: 'error',
  section: 'qualifications',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    const name = profileOf(facts)?.basic?.name;
    for (const image of readImages(facts, 'qualification-proof')) {
      const read = image.fields.name;
      if (read === undefined || compareText(read.value, name) !== 'differs') continue;
      report({
        field: 'basic.name',
        file: image.file,
        args: {
          file: image.file,
          read: { pii: 'name', value: read.value },
          profile: { pii: 'name', value: name! },
        },
      });
    }
  },
});
