import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/engine/run.js';
import type { Facts } from '../../../src/facts/types.js';
import { DOCUMENT_READING_RULES } from '../../../src/rules/document/reading.js';
import { codes } from '../../helpers.js';
import { deepFacts, manifest } from './reading-facts.js';

/**
 * The document/* rules of --deep on what the real engine read on the photographed test documents
 * (test/fixtures/documents, recorded in test/deep/documents/recorded-readings.json): the clean
 * set raises nothing, each variant raises what manifest.json says and nothing else.
 */

const run = (facts: Facts) => runRules(facts, DOCUMENT_READING_RULES);
const ours = new Set(DOCUMENT_READING_RULES.map((r) => r.id));

describe('document/* rules on recorded readings of the photographed test documents', () => {
  it('raise nothing on the clean set', () => {
    expect(codes(run(deepFacts()))).toEqual([]);
  });

  it('ask for the --deep facts (buildFacts reads the images only for rules that need them)', () => {
    for (const rule of DOCUMENT_READING_RULES) expect(rule.needs, rule.id).toContain('deep');
  });

  it('raise nothing without --deep', () => {
    const facts: Facts = { ...deepFacts(), deep: undefined };
    expect(codes(run(facts))).toEqual([]);
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
