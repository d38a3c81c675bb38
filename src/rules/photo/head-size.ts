import { defineRule } from '../../engine/types.js';
import { FACE_LIMITS, onePhotoFace } from './face.js';

/** `--deep`: the face far too small or too large for an ID photo (warn-only, generous range). */
export default defineRule({
  id: 'photo/head-size',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  needs: ['deep'],
  check(facts, report) {
    const face = onePhotoFace(facts);
    if (!face) return;
    const { heightPct } = face.measures;
    const { minHeightPct: min, maxHeightPct: max } = FACE_LIMITS;
    if (heightPct >= min && heightPct <= max) return;
    report({
      field: face.slot.field,
      file: face.file,
      messageId: heightPct < min ? 'small' : 'large',
      args: { file: face.file, height: heightPct, min, max },
    });
  },
});
