import { defineRule } from '../../engine/types.js';
import { compareCode, differingPositions } from '../../deep/documents/compare.js';
import { checkUscc } from '../../ids/uscc.js';
import { workProofReadings } from './reading-helpers.js';

/** Below this a read code whose check character fails is taken for a misreading. */
const SURE = 0.97;

/** The 统一社会信用代码 on the proof is not `work[i].uscc`. */
export default defineRule({
  id: 'document/work-proof-uscc',
  severity: 'error',
  section: 'work',
  needs: ['deep'],
  fillable: false,
  check(facts, report) {
    for (const { image, entry } of workProofReadings(facts)) {
      const read = image.fields.uscc;
      if (read === undefined || compareCode(read.value, entry?.uscc) !== 'differs') continue;
      if (!checkUscc(read.value).ok && read.confidence < SURE) continue;
      report({
        field: `work[${image.index}].uscc`,
        file: image.file,
        args: {
          file: image.file,
          read: read.value,
          profile: entry!.uscc!,
          positions: differingPositions(read.value, entry!.uscc!).join(', '),
        },
      });
    }
  },
});
