import age from './age.js';
import birthDate from './birth-date.js';
import checksum from './checksum.js';
import format from './format.js';
import gender from './gender.js';
import name from './name.js';
import prcPassport from './prc-passport.js';
import region from './region.js';

export const IDENTITY_RULES = [format, checksum, birthDate, gender, region, prcPassport, age, name];
