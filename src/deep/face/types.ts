/**
 * What the face detector found in the standard photo. Placeholder shape of the `--deep`
 * plumbing: the face reader (src/deep/face/) fills it in.
 */
export type FaceReading =
  | { readonly status: 'read'; readonly faces: readonly unknown[] }
  | { readonly status: 'unreadable'; readonly reason: string };
