import type { Face, FaceReading } from '../../deep/face/types.js';
import type { Facts, MaterialSlot } from '../../facts/types.js';

/**
 * The accepted ranges of the face rules, generous: warn only well outside ID-photo framing.
 * Measured with the `--deep` detector (FaceMesh's face box, forehead to chin) on the real portraits
 * of test/fixtures/portraits (test/rules/photo/face-calibration.test.ts): the four framed ID photos
 * give a face 54–61 % of the photo's height, centred within 1 %, the face box's top 18–23 % below
 * the edge, eyes level within 4°. HivisionIDPhotos frames the face box at about 20 % of the area.
 */
export const FACE_LIMITS = {
  /** The face's height as % of the photo's: under this the head is tiny in the frame. */
  minHeightPct: 30,
  /** Over this the face fills the frame (no shoulders, no headroom). */
  maxHeightPct: 80,
  /** The face's centre more than this % of the photo's width off the vertical centre line. */
  maxOffsetPct: 12,
  /** The face box's top nearer the top edge than this % of the height: the head is cut off. */
  minTopPct: 3,
  /** The eye line tilted more than this many degrees (the spec's "about 8°"). */
  maxTiltDeg: 8,
} as const;

/** What the face rules measure on the one face of the standard photo. */
export interface FaceMeasures {
  /** Face height as % of the photo's height. */
  readonly heightPct: number;
  /** The face centre's distance from the vertical centre line, % of the width; + is right. */
  readonly offsetPct: number;
  /** The face box's top below the photo's top edge, % of the height. */
  readonly topPct: number;
  /** The eye line's angle in degrees, + when the eye on the photo's right is lower. */
  readonly tiltDeg?: number;
}

/** The standard photo `--deep` read, with the slot that names it; undefined without `--deep`. */
export function readPhoto(
  facts: Facts,
): { file: string; slot: MaterialSlot; reading: FaceReading } | undefined {
  const face = facts.deep?.face;
  if (!face) return undefined;
  const slot = facts.materials.find((m) => m.material === 'photo' && m.files.includes(face.file));
  return slot ? { file: face.file, slot, reading: face.reading } : undefined;
}

/** The one face of the standard photo and its measures: none when there is not exactly one. */
export function onePhotoFace(
  facts: Facts,
): { file: string; slot: MaterialSlot; measures: FaceMeasures } | undefined {
  const photo = readPhoto(facts);
  if (photo?.reading.status !== 'read') return undefined;
  const { width, height, faces } = photo.reading;
  const [face] = faces;
  if (!face || faces.length !== 1 || width <= 0 || height <= 0) return undefined;
  return { file: photo.file, slot: photo.slot, measures: measureFace(face, width, height) };
}

export function measureFace(face: Face, width: number, height: number): FaceMeasures {
  const { box, eyes } = face;
  const tilt = eyes
    ? (Math.atan2(eyes.right.y - eyes.left.y, eyes.right.x - eyes.left.x) * 180) / Math.PI
    : undefined;
  return {
    heightPct: Math.round((100 * box.height) / height),
    offsetPct: Math.round((100 * (box.x + box.width / 2 - width / 2)) / width),
    topPct: Math.round((1000 * Math.max(0, box.y)) / height) / 10,
    ...(tilt === undefined ? {} : { tiltDeg: Math.round(tilt * 10) / 10 }),
  };
}
