import aspect from './aspect.js';
import background from './background.js';
import blur from './blur.js';
import color from './color.js';
import faceCount from './face-count.js';
import format from './format.js';
import headPosition from './head-position.js';
import headSize from './head-size.js';
import headTilt from './head-tilt.js';
import minPixels from './min-pixels.js';
import minSize from './min-size.js';
import orientation from './orientation.js';
import trailingData from './trailing-data.js';
import upscaled from './upscaled.js';

/** The standard photo (guide 一（二）): header rules first, then the pixel rules. */
export const PHOTO_RULES = [
  format,
  minSize,
  minPixels,
  background,
  color,
  blur,
  upscaled,
  aspect,
  orientation,
  trailingData,
  faceCount,
  headSize,
  headPosition,
  headTilt,
];
