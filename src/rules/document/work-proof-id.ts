import { defineRule } from '../../engine/types.js';
import { idNumberCheck } from './reading-helpers.js';

/** The ID number on the work proof is not `basic.id_number`; says which positions differ. */
export default defineRule({
  id: 'document/work-proof-id',
  severity: 'error',
  section: 'work',
  needs: ['deep'],
  fillable: false,
  check: idNumberCheck('work-proof'),
});
