import afterGraduation from './after-graduation.js';
import age from './age.js';
import beforeFullTimeStudy from './before-full-time-study.js';
import dates from './dates.js';
import duties from './duties.js';
import overlap from './overlap.js';
import usccCategory from './uscc-category.js';
import usccOrgCode from './uscc-org-code.js';
import uscc from './uscc.js';

export const WORK_RULES = [
  afterGraduation,
  beforeFullTimeStudy,
  dates,
  uscc,
  usccCategory,
  usccOrgCode,
  duties,
  age,
  overlap,
];
