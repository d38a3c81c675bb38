import age from './age.js';
import dates from './dates.js';
import degreeLevel from './degree-level.js';
import degreeNumber from './degree-number.js';
import diplomaNumber from './diploma-number.js';
import duration from './duration.js';
import offlineVerification from './offline-verification.js';
import overseasCertificate from './overseas-certificate.js';

export const EDUCATION_RULES = [
  dates,
  degreeLevel,
  overseasCertificate,
  offlineVerification,
  diplomaNumber,
  degreeNumber,
  age,
  duration,
];
