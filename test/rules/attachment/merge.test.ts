import { describe, expect, it } from 'vitest';
import merge from '../../../src/rules/attachment/merge.js';
import { checkImages, fileCodes, makeFolder } from '../../image-fixtures.js';

const profile = (education: string, work: string) =>
  `scope: 1\nbasic:\n  photo: p.jpg\neducation:\n  - proof: ${education}\nwork:\n  - proof: ${work}\n`;

describe('attachment/merge', () => {
  it('accepts one file per material, and a diploma plus a degree for one education entry', async () => {
    const dir = await makeFolder(profile('[毕业证.jpg, 学位证.jpg]', 'w.jpg'), {
      'p.jpg': 'photo.jpg',
      '毕业证.jpg': 'scan.jpg',
      '学位证.jpg': 'scan.jpg',
      'w.jpg': 'scan.jpg',
    });
    expect(fileCodes(await checkImages(dir, [merge]))).toEqual([]);
  });
  it('reports a work proof given as two pages, and three education proofs', async () => {
    const dir = await makeFolder(profile('[a.jpg, b.jpg, c.jpg]', '[w1.jpg, w2.jpg]'), {
      'p.jpg': 'photo.jpg',
      'a.jpg': 'scan.jpg',
      'b.jpg': 'scan.jpg',
      'c.jpg': 'scan.jpg',
      'w1.jpg': 'scan.jpg',
      'w2.jpg': 'scan.jpg',
    });
    const result = await checkImages(dir, [merge]);
    expect(fileCodes(result)).toEqual([
      'attachment/merge:education@education[0].proof',
      'attachment/merge:default@work[0].proof',
    ]);
    expect(result.findings[1]!.args).toMatchObject({ count: 2, files: 'w1.jpg、w2.jpg' });
  });
});
