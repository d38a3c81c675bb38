import { describe, expect, it } from 'vitest';
import minSize from '../../../src/rules/photo/min-size.js';
import { check } from '../../helpers.js';
import { checkPhotoFacts, fileCodes, photoFacts } from '../image-facts.js';

const ofBytes = (bytes: number) => checkPhotoFacts(photoFacts({ bytes }), [minSize]);

describe('photo/min-size', () => {
  it('accepts a photo of 10 KB or more', () => {
    expect(fileCodes(ofBytes(46_670))).toEqual([]);
  });
  it('reports a photo under 10 KB with its size', () => {
    const result = ofBytes(6_000);
    expect(fileCodes(result)).toEqual(['photo/min-size:default@p.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ min: 10, size: '5.8', bytes: 6_000 });
  });
  it('counts KB as 1024 bytes: 10 239 bytes is too small, 10 240 is enough', () => {
    const under = ofBytes(10_239);
    expect(fileCodes(under)).toEqual(['photo/min-size:default@p.jpg']);
    expect(under.findings[0]!.args).toMatchObject({ size: '9.9', bytes: 10_239 });
    expect(fileCodes(ofBytes(10_240))).toEqual([]);
  });
  it('reads the file size alone: runs without image facts', () => {
    const result = check(
      { profile: 'scope: 3\nbasic:\n  photo: p.jpg\n', files: { 'p.jpg': { size: 9_000 } } },
      [minSize],
    );
    expect(fileCodes(result)).toEqual(['photo/min-size:default@p.jpg']);
  });
  it('is silent for a file that is no image, or in another format', () => {
    const html = photoFacts({ bytes: 13, format: 'unknown', header: undefined, pixels: undefined });
    expect(fileCodes(checkPhotoFacts(html, [minSize]))).toEqual([]);
    expect(
      fileCodes(checkPhotoFacts(photoFacts({ bytes: 6_000, format: 'png' }), [minSize])),
    ).toEqual([]);
  });
});
