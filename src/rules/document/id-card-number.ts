import { defineRule } from '../../engine/types.js';
import { idNumberCheck } from './reading-helpers.js';

/** The number on the ID card's 人像面 is not `basic.id_number`. */
export default defineRule({
  id: 'document/id-card-number',
  severity: 'error',
  section: 'basic',
  needs: ['deep'],
  fillable: false,
  check: idNumberCheck('id-front'),
});
