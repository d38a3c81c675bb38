import { describe, expect, it } from 'vitest';
import seal from '../../../src/rules/document/seal.js';
import type { SealStats } from '../../../src/facts/image-types.js';
import { check, codes } from '../../helpers.js';
import { scanFacts, type ImagePatch } from '../image-facts.js';

const NO_SEAL: SealStats = { found: false, diameter: 0, redShare: 0 };
const SEAL: SealStats = { found: true, diameter: 0.17, redShare: 0.004 };

const PROFILE = `scope: 1
basic:
  photo: p.jpg
  id_card: { front: front.jpg, back: back.jpg }
education:
  - { level: 大学本科, proof: d.jpg }
work:
  - { employer: 甲公司, end: 至今, proof: w.jpg }
  - { employer: 乙公司, end: 2020-01-01, proof: w2.jpg }
`;

/** `document/seal` on a folder whose work proofs and other attachments have these facts. */
function run(files: Record<string, ImagePatch>) {
  const all = { 'w.jpg': {}, 'w2.jpg': {}, 'd.jpg': {}, 'front.jpg': {}, ...files };
  return codes(
    check(
      {
        profile: PROFILE,
        files: {
          'p.jpg': {},
          ...Object.fromEntries(
            Object.entries(all).map(([name, patch]) => [name, { image: scanFacts(patch) }]),
          ),
        },
      },
      [seal],
    ),
  );
}

describe('document/seal', () => {
  it('is silent when every work proof shows a seal', () => {
    expect(
      run({ 'w.jpg': { pixels: { seal: SEAL } }, 'w2.jpg': { pixels: { seal: SEAL } } }),
    ).toEqual([]);
  });

  it('names each work proof without a seal', () => {
    expect(
      run({ 'w.jpg': { pixels: { seal: NO_SEAL } }, 'w2.jpg': { pixels: { seal: SEAL } } }),
    ).toEqual(['document/seal:default@work[0].proof']);
    expect(run({ 'w2.jpg': { pixels: { seal: NO_SEAL } } })).toEqual([
      'document/seal:default@work[1].proof',
    ]);
  });

  it('looks at work proofs only: a diploma or an ID side without a red seal is no finding', () => {
    expect(
      run({ 'd.jpg': { pixels: { seal: NO_SEAL } }, 'front.jpg': { pixels: { seal: NO_SEAL } } }),
    ).toEqual([]);
  });

  it('is silent when the pixels were not searched (not decoded, or damaged)', () => {
    expect(run({ 'w.jpg': { pixels: undefined } })).toEqual([]);
    expect(run({ 'w.jpg': { pixels: { seal: NO_SEAL }, tooLarge: true } })).toEqual([]);
    expect(
      run({
        'w.jpg': {
          pixels: { seal: NO_SEAL },
          decodeError: { kind: 'truncated', detail: '' },
        },
      }),
    ).toEqual([]);
  });
});
