import corrupt from './corrupt.js';
import empty from './empty.js';
import tooLarge from './too-large.js';
import unreadable from './unreadable.js';

export const FILE_RULES = [empty, unreadable, corrupt, tooLarge];
