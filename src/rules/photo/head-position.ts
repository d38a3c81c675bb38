import { defineRule } from '../../engine/types.js';
import { FACE_LIMITS, onePhotoFace } from './face.js';

/**
 * `--deep`: the face far off the vertical centre line, or the head cut off at the top. Height
 * placement beyond that is left to photo/head-size: a too-large face also leaves no headroom.
 */
export default defineRule({
  id: 'photo/head-position',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  needs: ['deep'],
  check(facts, report) {
    const face = onePhotoFace(facts);
    if (!face) return;
    const { offsetPct, topPct } = face.measures;
    const at = { field: face.slot.field, file: face.file };
    if (Math.abs(offsetPct) > FACE_LIMITS.maxOffsetPct)
      report({
        ...at,
        messageId: offsetPct < 0 ? 'left' : 'right',
        args: { file: face.file, offset: Math.abs(offsetPct), max: FACE_LIMITS.maxOffsetPct },
      });
    if (topPct < FACE_LIMITS.minTopPct)
      report({
        ...at,
        messageId: 'cut-off',
        args: { file: face.file, top: topPct, min: FACE_LIMITS.minTopPct },
      });
  },
});
