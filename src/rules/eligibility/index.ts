import eligible from './eligible.js';
import intermediate from './intermediate.js';
import junior from './junior.js';
import masterWithoutDegree from './master-without-degree.js';
import senior from './senior.js';

export const ELIGIBILITY_RULES = [junior, intermediate, senior, masterWithoutDegree, eligible];
