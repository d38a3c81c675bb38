import { defineRule } from '../../engine/types.js';
import { DIVISIONS_SNAPSHOT } from '../../ids/divisions.js';
import { residentIdRegion } from '../../ids/resident-id.js';
import { idArg, residentId } from './helpers.js';

/**
 * Characters 1–6 against the bundled division list. Only a warning: a card keeps the code of the
 * county that issued it after that county is merged or renamed, and stale tables are the
 * commonest false alarm of ID validators.
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
    report({
      field: 'basic.id_number',
      args: { id: idArg(id.number), code: region.code, snapshot: DIVISIONS_SNAPSHOT },
    });
  },
});
