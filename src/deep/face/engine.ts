import { DeepEngineMissing } from '../errors.js';
import type { DeepImage } from '../kinds.js';
import type { FaceReading } from './types.js';

/** The npm packages the face reader needs (none chosen yet). */
export const packages: readonly string[] = [];

/** The face reader, loaded once per process. No detector is chosen yet: `--deep` cannot read faces. */
export async function createFaceReader(): Promise<(image: DeepImage) => Promise<FaceReading>> {
  throw new DeepEngineMissing(packages);
}
