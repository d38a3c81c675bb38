import type { DocumentReading } from './documents/types.js';
import type { DeepImage, DocumentKind } from './kinds.js';
import type { FaceReading } from './face/types.js';

export type { DocumentReading } from './documents/types.js';
export type { FaceReading } from './face/types.js';
export type { DeepImage, DocumentKind } from './kinds.js';

/**
 * The engines of `--deep`, loaded once per process (src/deep/load.ts). Reading never throws for a
 * bad image: it says the image could not be read.
 */
export interface DeepReader {
  readDocument(image: DeepImage, kind: DocumentKind): Promise<DocumentReading>;
  readFace(image: DeepImage): Promise<FaceReading>;
  close(): Promise<void>;
}

/** What `--deep` read in one folder; `Facts.deep` is present only when it ran. */
export interface DeepFacts {
  /** By file name: each image read as a document, with the kind it was read as. */
  readonly documents: ReadonlyMap<string, DocumentReading>;
  /** The standard photo's face reading (absent when there is no readable standard photo). */
  readonly face?: { readonly file: string; readonly reading: FaceReading };
}

/** One file `--deep` reads, and as what. */
export type DeepRequest =
  | { readonly name: string; readonly read: 'document'; readonly kind: DocumentKind }
  | { readonly name: string; readonly read: 'face' };
