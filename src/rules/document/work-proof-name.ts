import { defineRule } from '../../engine/types.js';
import { compareText } from '../../deep/documents/compare.js';
import { profileOf, readImages } from './reading-helpers.js';

/** The name on the work proof is not `basic.name`. */
export default defineRule({
  id: 'document/work-proof-name',
  severity: 'error',
  section: 'work',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    const name = profileOf(facts)?.basic?.name;
    for (const image of readImages(facts, 'work-proof')) {
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
