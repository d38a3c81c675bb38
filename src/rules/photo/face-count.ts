import { defineRule } from '../../engine/types.js';
import { readPhoto } from './face.js';

/**
 * `--deep`: no face or several faces in the standard photo. An image the detector could not read
 * is not judged here (never a verdict by guessing); the other face rules need exactly one face.
 */
export default defineRule({
  id: 'photo/face-count',
  severity: 'error',
  section: 'materials',
  fillable: false,
  needs: ['deep'],
  check(facts, report) {
    const photo = readPhoto(facts);
    if (photo?.reading.status !== 'read') return;
    const count = photo.reading.faces.length;
    if (count === 1) return;
    report({
      field: photo.slot.field,
      file: photo.file,
      messageId: count === 0 ? 'none' : 'several',
      args: { file: photo.file, count },
    });
  },
});
