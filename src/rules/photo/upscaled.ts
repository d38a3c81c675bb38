import { defineRule } from '../../engine/types.js';
import { BLUR_THRESHOLD } from './blur.js';
import { photoPixels, slotFiles } from './helpers.js';

/**
 * Fine-detail ratio (finest octave over the next) below which a photo looks enlarged. In the
 * calibration set sharp portraits measure ≥ 4.19, enlargements from 150×210 and 200×280 ≤ 3.68,
 * blur σ 1–1.5 ≤ 3.77. See the rule's notes.
 */
export const UPSCALED_THRESHOLD = 4.0;

/** Silent where photo/blur already reports: a blurred photo also lacks its finest detail. */
export default defineRule({
  id: 'photo/upscaled',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of slotFiles(facts, 'photo')) {
      const px = photoPixels(f);
      if (!px || (px.sharpness ?? 0) < BLUR_THRESHOLD || px.fineDetail === undefined) continue;
      if (px.fineDetail >= UPSCALED_THRESHOLD) continue;
      report({
        field: f.slot.field,
        file: f.name,
        args: {
          file: f.name,
          ratio: px.fineDetail.toFixed(2),
          threshold: UPSCALED_THRESHOLD.toFixed(1),
        },
      });
    }
  },
});
