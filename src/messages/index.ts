import { CONTACT_TEXT } from './contact.js';
import { DEPARTMENT_TEXT } from './department.js';
import { EDUCATION_TEXT } from './education.js';
import { ELIGIBILITY_TEXT } from './eligibility.js';
import { GENERAL_TEXT } from './general.js';
import { IDENTITY_TEXT } from './identity.js';
import { IMAGE_TEXT } from './image.js';
import { MATERIAL_TEXT } from './material.js';
import { PROFILE_TEXT } from './profile.js';
import { QUALIFICATION_TEXT } from './qualification.js';
import { SCOPE_TEXT } from './scope.js';
import type { Catalog } from './types.js';
import { WORK_TEXT } from './work.js';

/** Every rule's words, zh and en. A section's rules keep their text in one file here. */
export const CATALOG: Catalog = {
  ...GENERAL_TEXT,
  ...PROFILE_TEXT,
  ...SCOPE_TEXT,
  ...DEPARTMENT_TEXT,
  ...IDENTITY_TEXT,
  ...CONTACT_TEXT,
  ...EDUCATION_TEXT,
  ...WORK_TEXT,
  ...QUALIFICATION_TEXT,
  ...ELIGIBILITY_TEXT,
  ...MATERIAL_TEXT,
  ...IMAGE_TEXT,
};
