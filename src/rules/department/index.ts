import centralUnit from './central-unit.js';
import employerRegion from './employer-region.js';
import residenceRegion from './residence-region.js';
import studentRegion from './student-region.js';
import unknown from './unknown.js';

export const DEPARTMENT_RULES = [
  unknown,
  employerRegion,
  studentRegion,
  residenceRegion,
  centralUnit,
];
