import color from './color.js';
import format from './format.js';
import legibility from './legibility.js';
import merge from './merge.js';
import sizeMargin from './size-margin.js';
import size from './size.js';

/** ID sides, real-name images, proofs and certificates (guide 一, last paragraph). */
export const ATTACHMENT_RULES = [format, size, sizeMargin, color, legibility, merge];
