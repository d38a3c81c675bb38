import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/engine/run.js';
import type { Facts } from '../../../src/facts/types.js';
import { DOCUMENT_READING_RULES } from '../../../src/rules/document/reading.js';
import workProofDuties from '../../../src/rules/document/work-proof-duties.js';
import workProofStatus from '../../../src/rules/document/work-proof-status.js';
import { codes } from '../../helpers.js';
import { deepFacts, withTicks } from './reading-facts.js';

/**
 * document/work-proof-status and document/work-proof-duties on the ticks measured on the
 * photographed proofs (test/deep/documents/recorded-readings.json).
 */
const run = (facts: Facts) => runRules(facts, [workProofStatus, workProofDuties]);
const proof = (file: string) => deepFacts({ field: 'work[0].proof', file });
const ticked = (densities: Record<string, number>, file = '会计工作证明.jpg') =>
  deepFacts({ field: 'work[0].proof', reading: withTicks(file, densities) });

describe('document/work-proof-status', () => {
  it('finds nothing on the clean proofs, dim, sideways or blurred', () => {
    for (const file of [
      '会计工作证明.jpg',
      'variants/proof-dim.jpg',
      'variants/proof-sideways.jpg',
      'variants/proof-blurred.jpg',
    ])
      expect(codes(run(proof(file))), file).toEqual([]);
  });
  it('finds 离职 ticked where the profile says 在职', () => {
    const result = run(proof('variants/proof-other-status.jpg'));
    expect(codes(result)).toEqual(['document/work-proof-status:default@work[0].status']);
    expect(result.findings[0]!.args).toMatchObject({ read: '离职', profile: '在职' });
    expect(result.findings[0]!.file).toBe('会计工作证明.jpg');
  });
  it('compares nothing when a box is neither clearly ticked nor clearly empty', () => {
    expect(codes(run(ticked({ 在职: 0, 离职: 0.3, 稽核: 0.1 })))).toEqual([]);
    expect(codes(run(ticked({ 在职: 0, 离职: 0.3 })))).toEqual([
      'document/work-proof-status:default@work[0].status',
    ]);
  });
  it('is one of the document rules of --deep', () => {
    expect(DOCUMENT_READING_RULES).toContain(workProofStatus);
    expect(DOCUMENT_READING_RULES).toContain(workProofDuties);
  });
});

describe('document/work-proof-duties', () => {
  it('names 稽核 ticked on the proof but not in the profile', () => {
    const result = run(proof('variants/proof-other-duties.jpg'));
    expect(codes(result)).toEqual(['document/work-proof-duties:extra@work[0].duties']);
    expect(result.findings[0]!.args).toMatchObject({ extra: '稽核', missing: '' });
  });
  it('names a duty of the profile not ticked, and both at once', () => {
    const missing = run(ticked({ 会计监督: 0 }));
    expect(codes(missing)).toEqual(['document/work-proof-duties:missing@work[0].duties']);
    expect(missing.findings[0]!.args).toMatchObject({ missing: '会计监督' });
    const both = run(ticked({ 会计监督: 0 }, 'variants/proof-other-duties.jpg'));
    expect(codes(both)).toEqual(['document/work-proof-duties:both@work[0].duties']);
    expect(both.findings[0]!.args).toMatchObject({ extra: '稽核', missing: '会计监督' });
  });
  it('matches the profile’s half-width brackets and the other variants', () => {
    // profile.yaml writes 收入、费用(支出)的核算; the proof prints full-width brackets
    expect(codes(run(proof('variants/proof-other-status.jpg')))).not.toContain(
      'document/work-proof-duties:extra@work[0].duties',
    );
    for (const file of ['variants/proof-other-id.jpg', 'variants/proof-photocopy.jpg'])
      expect(codes(run(proof(file))), file).toEqual([]);
  });
});
