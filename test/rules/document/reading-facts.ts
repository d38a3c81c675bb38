import { readFileSync } from 'node:fs';
import { extractFields } from '../../../src/deep/documents/extract.js';
import type { TickBox } from '../../../src/deep/documents/ticks.js';
import type { DocumentReading, OcrLine } from '../../../src/deep/documents/types.js';
import type { DocumentKind } from '../../../src/deep/types.js';
import type { Facts } from '../../../src/facts/types.js';
import { fakeFacts } from '../../helpers.js';

/**
 * Facts of the photographed test documents' folder (test/fixtures/documents) as `--deep` makes
 * them, from what the real engine read (test/deep/documents/recorded-readings.json, refreshed by
 * scripts/record-document-readings.js): the fields are extracted here, so that extraction is
 * tested on real OCR output without loading the models.
 */
const FIXTURES = 'test/fixtures/documents/';
interface Recorded {
  readonly kind: DocumentKind;
  readonly status: 'read' | 'unreadable';
  readonly rotation?: 0 | 90 | 180 | 270;
  readonly reason?: 'no-text' | 'unsure' | 'failed';
  readonly lines?: OcrLine[];
  readonly ticks?: TickBox[];
}
export const recorded = JSON.parse(
  readFileSync('test/deep/documents/recorded-readings.json', 'utf8'),
) as { images: Record<string, Recorded> };
export const manifest = JSON.parse(readFileSync(`${FIXTURES}manifest.json`, 'utf8')) as {
  images: { file: string; field: string; expect: string[]; allowed?: string[] }[];
};
const profile = readFileSync(`${FIXTURES}profile.yaml`, 'utf8');

export function reading(r: Recorded): DocumentReading {
  if (r.status === 'unreadable') return { status: 'unreadable', kind: r.kind, reason: r.reason! };
  return {
    status: 'read',
    kind: r.kind,
    rotation: r.rotation!,
    lines: r.lines!,
    fields: extractFields(r.kind, r.lines!, r.ticks),
  };
}

/**
 * The clean folder's facts, with `replace.file` read in place of the clean image of
 * `replace.field`, or `replace.reading` given as that image's reading.
 */
export function deepFacts(
  replace?: { field: string; file?: string; reading?: DocumentReading },
  today = '2026-11-30',
): Facts {
  const clean = manifest.images.filter((i) => !i.file.includes('/'));
  const facts = fakeFacts({
    profile,
    today,
    files: Object.fromEntries(clean.map((i) => [i.file, {}])),
  });
  const documents = new Map<string, DocumentReading>(
    clean.map((i) => {
      if (replace?.field !== i.field) return [i.file, reading(recorded.images[i.file]!)];
      return [i.file, replace.reading ?? reading(recorded.images[replace.file!]!)];
    }),
  );
  return { ...facts, deep: { documents } };
}

/**
 * The reading of a recorded work proof with some boxes' ink changed (`{ 会计监督: 0 }` empties
 * that box): the tick rules' other cases, on otherwise real measurements.
 */
export function withTicks(file: string, densities: Record<string, number>): DocumentReading {
  const r = recorded.images[file]!;
  return reading({
    ...r,
    ticks: r.ticks!.map((t) => (t.item in densities ? { ...t, density: densities[t.item]! } : t)),
  });
}
