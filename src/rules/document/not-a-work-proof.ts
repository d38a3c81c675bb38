import { defineRule } from '../../engine/types.js';
import { readImages } from './reading-helpers.js';

/** The image given as the work proof has no heading such as 会计工作（经历）证明: a wrong file was picked. */
export default defineRule({
  id: 'document/not-a-work-proof',
  severity: 'warning',
  section: 'work',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    for (const image of readImages(facts, 'work-proof'))
      if (image.fields.heading === undefined)
        report({ field: image.slot.field, file: image.file, args: { file: image.file } });
  },
});
