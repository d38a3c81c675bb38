import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/deep/documents/extract.js';
import type { DocumentReading, OcrLine } from '../../src/deep/documents/types.js';
import type { DocumentKind } from '../../src/deep/types.js';
import { runRules } from '../../src/engine/run.js';
import type { Facts } from '../../src/facts/types.js';
import { DOCUMENT_READING_RULES } from '../../src/rules/document/reading.js';
import { codes, fakeFacts } from '../helpers.js';

/**
 * The document/* rules of --deep on what the real engine read on the photographed test documents
 * (test/fixtures/documents, recorded in test/deep/documents/recorded-readings.json): the clean
 * set raises nothing, each variant raises what manifest.json says and nothing else.
 */
const FIXTURES = 'test/fixtures/documents/';
interface Recorded {
  readonly kind: DocumentKind;
  readonly status: 'read' | 'unreadable';
  readonly rotation?: 0 | 90 | 180 | 270;
  readonly reason?: 'no-text' | 'unsure' | 'failed';
  readonly lines?: OcrLine[];
}
const recorded = JSON.parse(readFileSync('test/deep/documents/recorded-readings.json', 'utf8')) as {
  images: Record<string, Recorded>;
};
const manifest = JSON.parse(readFileSync(`${FIXTURES}manifest.json`, 'utf8')) as {
  images: { file: string; field: string; expect: string[]; allowed?: string[] }[];
};
const profile = readFileSync(`${FIXTURES}profile.yaml`, 'utf8');

function reading(r: Recorded): DocumentReading {
  if (r.status === 'unreadable') return { status: 'unreadable', reason: r.reason! };
  return {
    status: 'read',
    rotation: r.rotation!,
    lines: r.lines!,
    fields: extractFields(r.kind, r.lines!),
  };
}

/** The clean folder's facts, with `replace` read in place of the clean image of its field. */
export function deepFacts(replace?: { field: string; file: string }, today = '2026-11-30'): Facts {
  const clean = manifest.images.filter((i) => !i.file.includes('/'));
  const facts = fakeFacts({
    profile,
    today,
    files: Object.fromEntries(clean.map((i) => [i.file, {}])),
  });
  const documents = new Map<string, DocumentReading>(
    clean.map((i) => {
      const shown = replace?.field === i.field ? replace.file : i.file;
      return [i.file, reading(recorded.images[shown]!)];
    }),
  );
  return { ...facts, deep: { documents } };
}

const run = (facts: Facts) => runRules(facts, DOCUMENT_READING_RULES);
const ours = new Set(DOCUMENT_READING_RULES.map((r) => r.id));

describe('document/* rules on recorded readings of the photographed test documents', () => {
  it('raise nothing on the clean set', () => {
    expect(codes(run(deepFacts()))).toEqual([]);
  });

  it('raise nothing without --deep', () => {
    const { deep: _, ...facts } = deepFacts();
    expect(codes(run(facts as Facts))).toEqual([]);
  });

  for (const image of manifest.images.filter((i) => i.file.includes('/')))
    it(`${image.file}: ${image.expect.join(', ') || 'nothing'}`, () => {
      const found = run(deepFacts({ field: image.field, file: image.file })).findings.map(
        (f) => f.rule,
      );
      const expected = image.expect.filter((id) => ours.has(id));
      for (const id of expected) expect(found).toContain(id);
      for (const id of found) expect([...expected, ...(image.allowed ?? [])]).toContain(id);
    });

  it('name the image and the field, and mask both values', () => {
    const result = run(deepFacts({ field: 'work[0].proof', file: 'variants/proof-other-id.jpg' }));
    expect(codes(result)).toEqual(['document/work-proof-id:default@basic.id_number']);
    const f = result.findings[0]!;
    expect(f.file).toBe('会计工作证明.jpg');
    expect(f.args).toMatchObject({
      read: { pii: 'id', value: '530102198805210266' },
      profile: { pii: 'id', value: '530102198805120260' },
      positions: '13, 14, 18',
    });
  });

  it('report an expired ID card against --today, and not before it ends', () => {
    const expired = { field: 'basic.id_card.back', file: 'variants/idcard-back-expired.jpg' };
    expect(codes(run(deepFacts(expired, '2016-05-20')))).toEqual([]);
    expect(codes(run(deepFacts(expired, '2016-05-21')))).toEqual([
      'document/id-card-expired:default@basic.id_card.back',
    ]);
  });
});
