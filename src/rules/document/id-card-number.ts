import { defineRule } from '../../engine/types.js';
import { compareCode, differingPositions } from '../../deep/documents/compare.js';
import { checkResidentId } from '../../ids/resident-id.js';
import { profileOf, readImages } from './reading-helpers.js';

/** Below this a read number whose check digit fails is taken for a misreading. */
const SURE = 0.97;

/** The number on the ID card's 人像面 is not `basic.id_number`. */
export default defineRule({
  id: 'document/id-card-number',
  severity: 'error',
  section: 'basic',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    const id = profileOf(facts)?.basic?.id_number;
    for (const image of readImages(facts, 'id-front')) {
      const read = image.fields.idNumber;
      if (read === undefined || compareCode(read.value, id) !== 'differs') continue;
      if (!checkResidentId(read.value).ok && read.confidence < SURE) continue;
      report({
        field: 'basic.id_number',
        file: image.file,
        args: {
          file: image.file,
          read: { pii: 'id', value: read.value },
          profile: { pii: 'id', value: id! },
          positions: differingPositions(read.value, id!).join(', '),
        },
      });
    }
  },
});
