import type { Rule } from '../engine/types.js';
import { CONTACT_RULES } from './contact/index.js';
import { DEPARTMENT_RULES } from './department/index.js';
import { DOCUMENT_RULES } from './document/index.js';
import { EDUCATION_RULES } from './education/index.js';
import { ELIGIBILITY_RULES } from './eligibility/index.js';
import { ATTACHMENT_RULES } from './attachment/index.js';
import { FILE_RULES } from './file/index.js';
import { PHOTO_RULES } from './photo/index.js';
import { PRIVACY_RULES } from './privacy/index.js';
import { IDENTITY_RULES } from './identity/index.js';
import { MATERIAL_RULES } from './material/index.js';
import { PROFILE_RULES } from './profile/index.js';
import { QUALIFICATION_RULES } from './qualification/index.js';
import { SCOPE_RULES } from './scope/index.js';
import { WORK_RULES } from './work/index.js';

/** Every rule, in one explicit list (one line per section): `ausm-check rules` prints it in this order. */
export const RULES: readonly Rule[] = [
  ...PROFILE_RULES,
  ...SCOPE_RULES,
  ...DEPARTMENT_RULES,
  ...IDENTITY_RULES,
  ...CONTACT_RULES,
  ...EDUCATION_RULES,
  ...WORK_RULES,
  ...QUALIFICATION_RULES,
  ...ELIGIBILITY_RULES,
  ...MATERIAL_RULES,
  ...FILE_RULES,
  ...PHOTO_RULES,
  ...ATTACHMENT_RULES,
  ...DOCUMENT_RULES,
  ...PRIVACY_RULES,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
