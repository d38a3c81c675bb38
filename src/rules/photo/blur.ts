import { defineRule } from '../../engine/types.js';
import { photoPixels, slotFiles } from './helpers.js';

/**
 * Variance of the Laplacian on the contrast-normalised central region of a copy ≤ 413 px. In the
 * calibration set sharp portraits measure ≥ 291 (a 295×413 file at JPEG quality 30), blurred ones
 * with σ ≥ 2 ≤ 98: the threshold is near their geometric middle. See the rule's notes.
 */
export const BLUR_THRESHOLD = 200;

export default defineRule({
  id: 'photo/blur',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of slotFiles(facts, 'photo')) {
      const sharpness = photoPixels(f)?.sharpness;
      if (sharpness === undefined || sharpness >= BLUR_THRESHOLD) continue;
      report({
        field: f.slot.field,
        file: f.name,
        args: { file: f.name, sharpness, threshold: BLUR_THRESHOLD },
      });
    }
  },
});
