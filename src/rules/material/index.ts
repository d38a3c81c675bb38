import ambiguous from './ambiguous.js';
import missing from './missing.js';
import notFound from './not-found.js';
import recommended from './recommended.js';
import unused from './unused.js';

export const MATERIAL_RULES = [missing, notFound, ambiguous, recommended, unused];
