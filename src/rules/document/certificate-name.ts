import { defineRule } from '../../engine/types.js';
import { nameCheck } from './reading-helpers.js';

/** The name on a qualification certificate is not `basic.name`. */
export default defineRule({
  id: 'document/certificate-name',
  severity: 'error',
  section: 'qualifications',
  needs: ['deep'],
  fillable: false,
  check: nameCheck('qualification-proof'),
});
