import { defineRule } from '../../engine/types.js';
import { checkResidentId } from '../../ids/resident-id.js';
import {
  checkForeignPassport,
  checkHkMacaoPermit,
  checkTaiwanPermit,
  type DocumentResult,
} from '../../ids/travel-documents.js';
import { idArg, idNumber, normalisedNote, RESIDENT_ID } from './helpers.js';

const HK_MACAO = '港澳居民来往内地通行证';
const TAIWAN = '台湾居民来往大陆通行证';
const PASSPORT = '护照（外国）';

/** The document type whose shape a number fits, to say "this looks like a …". */
function shapeOf(number: string): string | undefined {
  if (checkResidentId(number).ok) return RESIDENT_ID;
  if (checkHkMacaoPermit(number).ok) return HK_MACAO;
  if (checkTaiwanPermit(number).ok) return TAIWAN;
  return undefined;
}

/**
 * The number's shape for its type. The check digit, the birth date and the region of a resident
 * ID are identity/checksum's, identity/birth-date's and identity/region's.
 */
export default defineRule({
  id: 'identity/format',
  severity: 'error',
  section: 'basic',
  check(facts, report) {
    const id = idNumber(facts);
    if (!id) return;
    const field = 'basic.id_number';
    const at = { id: idArg(id.number), type: id.type };
    if (id.type === RESIDENT_ID) {
      const r = checkResidentId(id.number);
      const note = normalisedNote(r.changed);
      if (r.ok || r.reason === 'checksum' || r.reason === 'date') return;
      if (r.reason === 'fifteen-digit') {
        report({ field, messageId: 'fifteen-digit', args: { ...at, upgraded: idArg(r.upgraded) } });
        return;
      }
      const other = shapeOf(r.normalised);
      if (other !== undefined && other !== RESIDENT_ID) {
        report({ field, messageId: 'other-type', args: { ...at, other } });
        return;
      }
      if (r.reason === 'characters')
        report({
          field,
          messageId: 'resident-characters',
          args: { ...at, characters: r.badCharacters, note },
        });
      else
        report({
          field,
          messageId: 'resident-length',
          args: { ...at, length: r.reason === 'length' ? r.length : 0, note },
        });
      return;
    }
    let r: DocumentResult;
    let messageId: 'hk-macao' | 'taiwan' | 'passport';
    if (id.type === HK_MACAO) [r, messageId] = [checkHkMacaoPermit(id.number), 'hk-macao'];
    else if (id.type === TAIWAN) [r, messageId] = [checkTaiwanPermit(id.number), 'taiwan'];
    else if (id.type === PASSPORT) [r, messageId] = [checkForeignPassport(id.number), 'passport'];
    else return;
    if (r.ok) return;
    if (r.reason === 'issue-count') {
      // The number with the 换证次数 still identifies the person: a warning, with the fix.
      report({
        field,
        messageId: 'issue-count',
        severity: 'warning',
        args: { ...at, suggested: idArg(r.suggested), tail: r.tail },
      });
      return;
    }
    const other = shapeOf(r.normalised);
    if (other !== undefined && other !== id.type) {
      report({ field, messageId: 'other-type', args: { ...at, other } });
      return;
    }
    report({ field, messageId, args: { ...at, note: normalisedNote(r.changed) } });
  },
});
