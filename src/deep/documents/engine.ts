import { DeepEngineMissing } from '../errors.js';
import type { DeepImage, DocumentKind } from '../kinds.js';
import type { DocumentReading } from './types.js';

/** The npm packages the document reader needs (none chosen yet). */
export const packages: readonly string[] = [];

/** The document reader, loaded once per process. No engine is chosen yet: `--deep` cannot read documents. */
export async function createDocumentReader(): Promise<
  (image: DeepImage, kind: DocumentKind) => Promise<DocumentReading>
> {
  throw new DeepEngineMissing(packages);
}
