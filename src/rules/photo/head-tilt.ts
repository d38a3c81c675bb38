import { defineRule } from '../../engine/types.js';
import { FACE_LIMITS, onePhotoFace } from './face.js';

/** `--deep`: the line through the eyes tilted more than about 8° (silent when no eyes were found). */
export default defineRule({
  id: 'photo/head-tilt',
  severity: 'warning',
  section: 'materials',
  fillable: false,
  needs: ['deep'],
  check(facts, report) {
    const face = onePhotoFace(facts);
    const angle = face?.measures.tiltDeg;
    if (!face || angle === undefined || Math.abs(angle) <= FACE_LIMITS.maxTiltDeg) return;
    report({
      field: face.slot.field,
      file: face.file,
      args: { file: face.file, angle: Math.abs(angle), max: FACE_LIMITS.maxTiltDeg },
    });
  },
});
