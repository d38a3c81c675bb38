import { defineRule } from '../../engine/types.js';
import { checkUscc } from '../../ids/uscc.js';
import { workEntries } from './helpers.js';

/**
 * GB 32100-2015: 18 characters of `0-9 A-H J-N P-R T U W-Y` with a check character, characters
 * 3–8 a division code of six digits (python-stdnum's cn.uscc checks them too). Some genuine
 * early codes (Xiamen, Fuzhou before 2016) fail it: a waiver covers them, with the licence in hand.
 */
export default defineRule({
  id: 'work/uscc',
  severity: 'error',
  section: 'work',
  check(facts, report) {
    for (const { entry, index } of workEntries(facts)) {
      if (typeof entry.uscc !== 'string') continue;
      const r = checkUscc(entry.uscc);
      if (r.ok) continue;
      const field = `work[${index}].uscc`;
      const note = { term: 'uscc-normalised', key: r.changed ? 'changed' : 'unchanged' };
      switch (r.reason) {
        case 'resident-id':
          // A person's ID number: masked like any other.
          report({
            field,
            messageId: 'resident-id',
            args: { uscc: { pii: 'id', value: entry.uscc } },
          });
          break;
        case 'checksum':
          report({
            field,
            messageId: 'checksum',
            args: { uscc: entry.uscc, actual: r.actual, expected: r.expected, note },
          });
          break;
        case 'region':
          report({
            field,
            messageId: 'region',
            args: { uscc: entry.uscc, position: r.position, character: r.character, note },
          });
          break;
        case 'characters':
          report({
            field,
            messageId: 'characters',
            args: { uscc: entry.uscc, characters: r.badCharacters, note },
          });
          break;
        case 'length':
          report({
            field,
            messageId: 'length',
            args: { uscc: entry.uscc, length: r.length, note },
          });
          break;
        default:
          report({ field, messageId: r.reason, args: { uscc: entry.uscc } });
      }
    }
  },
});
