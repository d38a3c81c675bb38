import empty from './empty.js';
import unreadable from './unreadable.js';

export const FILE_RULES = [empty, unreadable];
