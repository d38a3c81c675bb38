import accountingQualification from './accounting-qualification.js';
import doctorate from './doctorate.js';
import hasQualification from './has-qualification.js';
import mustBeAccountant from './must-be-accountant.js';
import notWorking from './not-working.js';
import otherQualification from './other-qualification.js';
import workRequired from './work-required.js';

export const SCOPE_RULES = [
  mustBeAccountant,
  workRequired,
  notWorking,
  accountingQualification,
  doctorate,
  otherQualification,
  hasQualification,
];
