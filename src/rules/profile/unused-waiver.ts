import { defineRule } from '../../engine/types.js';

/**
 * A waiver that covers no finding: a typo in its rule id or field, or a problem fixed since.
 * The engine reports these after all rules ran (it alone knows which waivers were used).
 */
export default defineRule({
  id: 'profile/unused-waiver',
  severity: 'warning',
  section: 'profile',
  check() {},
});
