import { describe, expect, it } from 'vitest';
import { namedFiles, offerFiles, splitFiles } from '../../src/interactive/file-choice.js';

describe('offerFiles', () => {
  const images = ['a.jpg', '毕业证.jpg', '学位证.jpg', '毕业证-高中.jpg', '证件照.jpg'];

  it('ranks the files that fit the material first and preselects an unused one', () => {
    const offer = offerFiles(images, 'photo', undefined, new Set(), false);
    expect(offer.ranked).toEqual([
      '证件照.jpg',
      'a.jpg',
      '毕业证.jpg',
      '学位证.jpg',
      '毕业证-高中.jpg',
    ]);
    expect(offer.suggestion).toEqual(['证件照.jpg']);
    expect(
      offerFiles(images, 'photo', undefined, new Set(['证件照.jpg']), false).suggestion,
    ).toEqual([]);
  });

  it('suggests a diploma and a degree together, never two diplomas', () => {
    const offer = offerFiles(images, 'education-proof', undefined, new Set(), true);
    expect(offer.suggestion).toEqual(['毕业证.jpg', '学位证.jpg']);
    const next = offerFiles(images, 'education-proof', undefined, new Set(offer.suggestion), true);
    expect(next.suggestion).toEqual(['毕业证-高中.jpg']);
  });

  it('does not offer a file another answer names, such as the photo (issue 14 item 8)', () => {
    const offer = offerFiles(images, 'education-proof', undefined, new Set(['证件照.jpg']), true);
    expect(offer.ranked).not.toContain('证件照.jpg');
    expect(offer.ranked).toEqual(['毕业证.jpg', '学位证.jpg', '毕业证-高中.jpg', 'a.jpg']);
    // Named by this very field: still offered.
    expect(
      offerFiles(images, 'education-proof', ['证件照.jpg'], new Set(['证件照.jpg']), true).ranked,
    ).toContain('证件照.jpg');
  });

  it('keeps what the profile already names', () => {
    const offer = offerFiles(images, 'education-proof', ['x.jpg', 'y.jpg'], new Set(), true);
    expect(offer.named).toEqual(['x.jpg', 'y.jpg']);
    expect(offer.suggestion).toEqual(['x.jpg', 'y.jpg']);
    expect(offerFiles(images, 'photo', 'a.jpg', new Set(), false).suggestion).toEqual(['a.jpg']);
  });
});

describe('namedFiles', () => {
  it('collects the files the answers name, not other strings', () => {
    const answers: Record<string, unknown> = {
      basic: { name: '张三', photo: 'p.jpg', id_card: { front: 'f.jpg', back: 'b.jpg' } },
      education: [{ school: '云南大学', proof: ['d1.jpg', 'd2.jpg'] }],
      work: [{ proof: 'w.jpg' }],
    };
    expect([...namedFiles((p) => answers[p])].sort()).toEqual(
      ['b.jpg', 'd1.jpg', 'd2.jpg', 'f.jpg', 'p.jpg', 'w.jpg'].sort(),
    );
  });
});

describe('splitFiles', () => {
  it('splits on Latin and Chinese commas and 、, dropping blanks and -', () => {
    expect(splitFiles(' a.jpg, b.jpg，c.jpg、 - ,')).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
    expect(splitFiles('-')).toEqual([]);
  });
});
