import gps from './gps.js';

export const PRIVACY_RULES = [gps];
