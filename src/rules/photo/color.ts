import { defineRule } from '../../engine/types.js';
import { isPhotoFormat, slotFiles, usableHeader } from './helpers.js';

/**
 * Under this 99th percentile of the per-pixel channel spread (max − min of R, G, B) a photo is
 * grey: JPEG keeps a grey picture's spread at 0–2, and a colour portrait's skin alone reaches 58
 * (real portraits) to 79 (sharp-made ones on white).
 */
export const GREY_SPREAD_BELOW = 8;

const GREY_SPACES = new Set(['b-w', 'grey16']);

/**
 * CMYK is read from the header; grey from the header (a one-channel file) or from the pixels (a
 * grey picture stored as RGB): never from the channel count alone.
 */
export default defineRule({
  id: 'photo/color',
  severity: 'error',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of slotFiles(facts, 'photo')) {
      const h = usableHeader(f.image);
      if (!h || !isPhotoFormat(f.image!)) continue;
      const base = { field: f.slot.field, file: f.name };
      if (h.space === 'cmyk') {
        report({ ...base, messageId: 'cmyk', args: { file: f.name } });
        continue;
      }
      const spread = f.image!.pixels?.colour.p99;
      if (GREY_SPACES.has(h.space) || (spread !== undefined && spread < GREY_SPREAD_BELOW))
        report({
          ...base,
          messageId: 'greyscale',
          args: { file: f.name, spread: spread ?? 0, threshold: GREY_SPREAD_BELOW },
        });
    }
  },
});
