import { ATTACHMENT_TEXT } from './attachment.js';
import { CONTACT_TEXT } from './contact.js';
import { DEPARTMENT_TEXT } from './department.js';
import { DOCUMENT_TEXT } from './document.js';
import { EDUCATION_TEXT } from './education.js';
import { ELIGIBILITY_TEXT } from './eligibility.js';
import { FILE_TEXT } from './file.js';
import { GENERAL_TEXT } from './general.js';
import { IDENTITY_TEXT } from './identity.js';
import { MATERIAL_TEXT } from './material.js';
import { PHOTO_TEXT } from './photo.js';
import { PRIVACY_TEXT } from './privacy.js';
import { PROFILE_TEXT } from './profile.js';
import { QUALIFICATION_TEXT } from './qualification.js';
import { SCOPE_TEXT } from './scope.js';
import type { Catalog } from './types.js';
import { WORK_TEXT } from './work.js';

/**
 * Every rule's words, zh and en. A section's rules keep their text in one file here, named as the
 * section's folder under src/rules/.
 */
const TEXTS = {
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
  ...PHOTO_TEXT,
  ...ATTACHMENT_TEXT,
  ...DOCUMENT_TEXT,
  ...PRIVACY_TEXT,
  ...FILE_TEXT,
} satisfies Catalog;

/** Every rule's words, looked up by a string id (a finding's rule, a command-line argument). */
export const CATALOG: Catalog = TEXTS;

/** Every id that has words: the rules' ids and `internal/rule-error`. */
export type CatalogId = keyof typeof TEXTS;

/** The message ids of one rule: what `defineRule` lets that rule report. */
export type MessageId<R extends CatalogId> = keyof (typeof TEXTS)[R]['messages'] & string;
