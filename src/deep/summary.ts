import type { DeepFacts } from './types.js';
import type { DocumentKind } from './kinds.js';

/** One image `--deep` read, as the report lists it (documents.md: "which images were read"). */
export interface DeepImageRead {
  readonly file: string;
  /** What it was read as: a document kind, or `face` for the standard photo. */
  readonly as: DocumentKind | 'face';
  /** Whether the engine could read it well enough to compare (else `document/unreadable` says why). */
  readonly read: boolean;
}

/** What the report says `--deep` did: every image it read, in the order it read them. */
export interface DeepSummary {
  readonly images: readonly DeepImageRead[];
}

export function deepSummary(deep: DeepFacts): DeepSummary {
  const images: DeepImageRead[] = [];
  if (deep.face)
    images.push({ file: deep.face.file, as: 'face', read: deep.face.reading.status === 'read' });
  for (const [file, reading] of deep.documents)
    images.push({ file, as: reading.kind, read: reading.status === 'read' });
  return { images };
}
