// Placeholder of the lead's shared --deep types (DEEP-PLUMBING.md); main's version replaces it.
import type { DocumentReading } from './documents/types.js';

export type DocumentKind =
  'work-proof' | 'diploma' | 'degree' | 'certificate' | 'id-front' | 'id-back';

export interface DeepImage {
  readonly name: string;
  readonly data: Buffer;
}

export interface DeepFacts {
  readonly documents: ReadonlyMap<string, DocumentReading>;
}
