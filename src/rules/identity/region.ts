import { defineRule } from '../../engine/types.js';
import { DIVISION_HISTORY_TABLES } from '../../ids/divisions.js';
import { residentIdRegion } from '../../ids/resident-id.js';
import { idArg, residentId } from './helpers.js';

/**
 * Characters 1–6 against the current division table and every table of 1980–2019. A card keeps
 * the code of the county that issued it after that county is merged or renamed, so a code of any
 * of those tables is accepted; one in none of them is a warning (a table may still miss a code).
 * First two digits that were never a province (`99…`) are an error: no card carries them.
 */
export default defineRule({
  id: 'identity/region',
  severity: 'warning',
  section: 'basic',
  check(facts, report) {
    const id = residentId(facts);
    if (!id || !id.result.ok) return;
    const region = residentIdRegion(id.result.normalised);
    if (region.known) return;
    const field = 'basic.id_number';
    if (region.reason === 'province') {
      report({
        field,
        messageId: 'province',
        severity: 'error',
        args: { id: idArg(id.number), province: region.code.slice(0, 2) },
      });
      return;
    }
    report({
      field,
      messageId: 'unknown',
      args: {
        id: idArg(id.number),
        code: region.code,
        prefix: region.within.prefix,
        place: region.within.place,
        tables: DIVISION_HISTORY_TABLES,
      },
    });
  },
});
