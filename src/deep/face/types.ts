/** A point in the photo's pixels (as displayed, after the EXIF orientation). */
export interface FacePoint {
  readonly x: number;
  readonly y: number;
}

/** One face the detector found. */
export interface Face {
  /** The face box (forehead to chin, cheek to cheek), in pixels of the photo as displayed. */
  readonly box: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  /** The centres of the eyes as they appear in the photo (left = the eye on the photo's left). */
  readonly eyes?: { readonly left: FacePoint; readonly right: FacePoint };
  /** The detector's confidence, 0–1. */
  readonly score: number;
}

/**
 * What the face detector found in the standard photo (src/deep/face/engine.ts): every face it is
 * confident about, largest first, with the photo's size the boxes are measured in.
 */
export type FaceReading =
  | {
      readonly status: 'read';
      /** The photo's size as displayed, in pixels (the boxes' frame). */
      readonly width: number;
      readonly height: number;
      readonly faces: readonly Face[];
    }
  | { readonly status: 'unreadable'; readonly reason: string };
