/**
 * Hand-made `--deep` face readings for the face rules (the detector itself is tested on real
 * photos in test/deep/face/engine.test.ts and test/rules/photo/face-calibration.test.ts).
 */
import { runRules } from '../../../src/engine/run.js';
import type { CheckResult, Rule } from '../../../src/engine/types.js';
import type { Face, FaceReading } from '../../../src/deep/face/types.js';
import { fakeFacts } from '../../helpers.js';
import { photoFacts, scanFacts } from '../image-facts.js';

/** A 413×579 photo's face: a box `height`% of the photo high, centred `offset`% right, eyes `tilt`°. */
export function face({
  heightPct = 57,
  offsetPct = 0,
  topPct = 20,
  tiltDeg = 1,
  score = 0.99,
}: {
  heightPct?: number;
  offsetPct?: number;
  topPct?: number;
  tiltDeg?: number | undefined;
  score?: number;
} = {}): Face {
  const height = (579 * heightPct) / 100;
  const width = height * 0.8;
  const cx = 413 / 2 + (413 * offsetPct) / 100;
  const y = (579 * topPct) / 100;
  const half = width / 4;
  const eyeY = y + height * 0.4;
  const rise = Math.tan((((tiltDeg ?? 0) as number) * Math.PI) / 180) * half;
  return {
    box: { x: cx - width / 2, y, width, height },
    ...(tiltDeg === undefined
      ? {}
      : {
          eyes: { left: { x: cx - half, y: eyeY - rise }, right: { x: cx + half, y: eyeY + rise } },
        }),
    score,
  };
}

export function reading(...faces: Face[]): FaceReading {
  return { status: 'read', width: 413, height: 579, faces };
}

/** The rules on a folder whose standard photo `p.jpg` `--deep` read as `faceReading` (none: no --deep). */
export function checkFace(
  faceReading: FaceReading | undefined,
  rules: readonly Rule[],
): CheckResult {
  const photo = photoFacts();
  const scan = scanFacts();
  return runRules(
    fakeFacts({
      profile: `scope: 3\nbasic:\n  photo: "p.jpg"\n  id_card:\n    front: "front.jpg"\n    back: "back.jpg"\n`,
      files: {
        'p.jpg': { size: photo.bytes, image: photo },
        'front.jpg': { size: scan.bytes, image: scan },
        'back.jpg': { size: scan.bytes, image: scan },
      },
      ...(faceReading
        ? { deep: { documents: new Map(), face: { file: 'p.jpg', reading: faceReading } } }
        : {}),
    }),
    rules,
  );
}
