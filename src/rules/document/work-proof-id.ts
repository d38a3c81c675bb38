import { defineRule } from '../../engine/types.js';
import { compareCode, differingPositions } from '../../deep/documents/compare.js';
import { checkResidentId } from '../../ids/resident-id.js';
import { profileOf, readImages } from './reading-helpers.js';

/** Below this a read ID number whose check digit fails is taken for a misreading, not a mistake. */
const SURE = 0.97;

/** The ID number on the work proof is not `basic.id_number`; says which positions differ. */
export default defineRule({
  id: 'document/work-proof-id',
  severity: 'error',
  section: 'work',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    const id = profileOf(facts)?.basic?.id_number;
    for (const image of readImages(facts, 'work-proof')) {
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
