import { defineRule } from '../../engine/types.js';
import { isAttachmentFormat } from '../../platform/limits.js';
import { isDamaged, slotFiles } from '../photo/helpers.js';

/**
 * Under this 99.9th percentile of the per-pixel channel spread a scan is grey. The 99.9th, not
 * the 99th: on a colour scan of a black-and-white page, the red stamp may cover under 1 %.
 */
export const SCAN_GREY_SPREAD_BELOW = 8;

const GREY_SPACES = new Set(['b-w', 'grey16']);

export default defineRule({
  id: 'attachment/color',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  needs: ['images'],
  check(facts, report) {
    for (const f of slotFiles(facts, 'attachment')) {
      const image = f.image;
      if (!image?.header || isDamaged(image) || !isAttachmentFormat(image.format, image.extension))
        continue;
      const spread = image.pixels?.colour.p999;
      if (
        GREY_SPACES.has(image.header.space) ||
        (spread !== undefined && spread < SCAN_GREY_SPREAD_BELOW)
      )
        report({
          field: f.slot.field,
          file: f.name,
          args: { file: f.name, spread: spread ?? 0, threshold: SCAN_GREY_SPREAD_BELOW },
        });
    }
  },
});
