import { GENERAL_TEXT } from './general.js';
import { MATERIAL_TEXT } from './material.js';
import { PROFILE_TEXT } from './profile.js';
import { SCOPE_TEXT } from './scope.js';
import type { Catalog } from './types.js';

/** Every rule's words, zh and en. A section's rules keep their text in one file here. */
export const CATALOG: Catalog = {
  ...GENERAL_TEXT,
  ...PROFILE_TEXT,
  ...SCOPE_TEXT,
  ...MATERIAL_TEXT,
};
