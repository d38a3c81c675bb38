import invalidDate from './invalid-date.js';
import invalidText from './invalid-text.js';
import invalidValue from './invalid-value.js';
import missing from './missing.js';
import parse from './parse.js';
import required from './required.js';
import secondFile from './second-file.js';
import unknownKey from './unknown-key.js';
import unusedWaiver from './unused-waiver.js';

export const PROFILE_RULES = [
  missing,
  parse,
  secondFile,
  unknownKey,
  required,
  invalidValue,
  invalidDate,
  invalidText,
  unusedWaiver,
];
