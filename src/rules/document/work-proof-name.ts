import { defineRule } from '../../engine/types.js';
import { nameCheck } from './reading-helpers.js';

/** The name on the work proof is not `basic.name`. */
export default defineRule({
  id: 'document/work-proof-name',
  severity: 'error',
  section: 'work',
  needs: ['deep'],
  fillable: false,
  check: nameCheck('work-proof'),
});
