import { defineRule } from '../../engine/types.js';
import { nameCheck } from './reading-helpers.js';

/** The name on a diploma or degree certificate is not `basic.name`. */
export default defineRule({
  id: 'document/diploma-name',
  severity: 'error',
  section: 'education',
  needs: ['deep'],
  fillable: false,
  check: nameCheck('education-proof'),
});
