import { defineRule } from '../../engine/types.js';
import { nameCheck } from './reading-helpers.js';

/** The name on the ID card's 人像面 is not `basic.name`. */
export default defineRule({
  id: 'document/id-card-name',
  severity: 'error',
  section: 'basic',
  needs: ['deep'],
  fillable: false,
  check: nameCheck('id-front'),
});
