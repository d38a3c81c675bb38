import type { Rule } from '../engine/types.js';
import { FILE_RULES } from './file/index.js';
import { MATERIAL_RULES } from './material/index.js';
import { PROFILE_RULES } from './profile/index.js';
import { SCOPE_RULES } from './scope/index.js';

/** Every rule, in one explicit list (one line per section): `ausm-check rules` prints it in this order. */
export const RULES: readonly Rule[] = [
  ...PROFILE_RULES,
  ...SCOPE_RULES,
  ...MATERIAL_RULES,
  ...FILE_RULES,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
