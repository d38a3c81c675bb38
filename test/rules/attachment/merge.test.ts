import { describe, expect, it } from 'vitest';
import merge from '../../../src/rules/attachment/merge.js';
import { check, codes } from '../../helpers.js';

const profile = (education: string, work: string) =>
  `scope: 1\nbasic:\n  photo: p.jpg\neducation:\n  - proof: ${education}\nwork:\n  - proof: ${work}\n`;

/** Reads the materials only: tested on file names, without images. */
describe('attachment/merge', () => {
  it('accepts one file per material, and a diploma plus a degree for one education entry', () => {
    const files = { 'p.jpg': {}, '毕业证.jpg': {}, '学位证.jpg': {}, 'w.jpg': {} };
    expect(
      codes(check({ profile: profile('[毕业证.jpg, 学位证.jpg]', 'w.jpg'), files }, [merge])),
    ).toEqual([]);
  });
  it('reports a work proof given as two pages, and three education proofs', () => {
    const names = ['p.jpg', 'a.jpg', 'b.jpg', 'c.jpg', 'w1.jpg', 'w2.jpg'];
    const files = Object.fromEntries(names.map((n) => [n, {}]));
    const result = check({ profile: profile('[a.jpg, b.jpg, c.jpg]', '[w1.jpg, w2.jpg]'), files }, [
      merge,
    ]);
    expect(codes(result)).toEqual([
      'attachment/merge:education@education[0].proof',
      'attachment/merge:default@work[0].proof',
    ]);
    expect(result.findings[1]!.args).toMatchObject({ count: 2, files: 'w1.jpg、w2.jpg' });
  });
});
