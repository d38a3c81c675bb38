import { normaliseNumber } from '../../ids/normalise.js';
import { parseDate } from '../../profile/dates.js';
import { normaliseText } from './normalise.js';
import type { PrintedDate } from './types.js';

/**
 * How a value read on a document compares with the profile's (docs/spec/documents.md). Pure: the
 * `document/*` rules use it. `unknown` (the profile's value is not a comparable date …) is never a
 * mismatch.
 */
export type Comparison = 'same' | 'differs' | 'unknown';

/** Names, schools, employers: equal after normalising width, spaces, brackets and dots. */
export function compareText(read: string, profile: string | undefined): Comparison {
  if (profile === undefined || profile.trim() === '') return 'unknown';
  return normaliseText(read) === normaliseText(profile) ? 'same' : 'differs';
}

/** ID numbers and credit codes: equal after the usual number normalisation. */
export function compareCode(read: string, profile: string | undefined): Comparison {
  if (profile === undefined || profile.trim() === '') return 'unknown';
  return normaliseNumber(read).value === normaliseNumber(profile).value ? 'same' : 'differs';
}

/** The 1-based positions where two codes of the same length differ (`[7, 8]`); all when lengths differ. */
export function differingPositions(read: string, profile: string): number[] {
  const a = [...normaliseNumber(read).value];
  const b = [...normaliseNumber(profile).value];
  const n = Math.max(a.length, b.length);
  return Array.from({ length: n }, (_, i) => i + 1).filter((p) => a[p - 1] !== b[p - 1]);
}

/**
 * A printed date against a profile date (`YYYY-MM-DD` or `YYYY-MM`), at the precision both give:
 * the day only when the document prints one and the profile has one.
 */
export function compareDate(read: PrintedDate, profile: string | undefined): Comparison {
  const p = profile === undefined ? undefined : parseDate(profile);
  if (p === undefined) return 'unknown';
  if (read.year !== p.year || read.month !== p.month) return 'differs';
  if (read.day === undefined || p.monthOnly) return 'same';
  return read.day === p.day ? 'same' : 'differs';
}

/**
 * The read text is the profile's with one character missing: a glyph the engine lost under a
 * seal or a fold (`云南财大学` for 云南财经大学), not another name.
 */
export function oneGlyphLost(read: string, profile: string): boolean {
  const a = [...normaliseText(read)];
  const b = [...normaliseText(profile)];
  if (a.length !== b.length - 1) return false;
  return b.some((_, i) => [...b.slice(0, i), ...b.slice(i + 1)].join('') === a.join(''));
}
