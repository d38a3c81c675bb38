import certificateNumber from './certificate-number.js';
import date from './date.js';
import level from './level.js';

export const QUALIFICATION_RULES = [date, level, certificateNumber];
