import { describe, expect, it } from 'vitest';
import orientation from '../../../src/rules/photo/orientation.js';
import { checkPhotoFacts, fileCodes, photoFacts, sized } from '../image-facts.js';

describe('photo/orientation', () => {
  it('accepts an upright photo without an orientation tag, or with tag 1', () => {
    expect(fileCodes(checkPhotoFacts(photoFacts(), [orientation]))).toEqual([]);
    expect(
      fileCodes(checkPhotoFacts(photoFacts({ header: { orientation: 1 } }), [orientation])),
    ).toEqual([]);
  });
  it('reports EXIF orientation 6', () => {
    const turned = {
      width: 579,
      height: 413,
      displayWidth: 413,
      displayHeight: 579,
      orientation: 6,
    };
    const result = checkPhotoFacts(photoFacts({ header: turned }), [orientation]);
    expect(fileCodes(result)).toEqual(['photo/orientation:exif@p.jpg']);
    expect(result.findings[0]!.args['orientation']).toBe(6);
  });
  it('reports a landscape photo, once whatever its tag', () => {
    const result = checkPhotoFacts(photoFacts({ header: sized(579, 413) }), [orientation]);
    expect(fileCodes(result)).toEqual(['photo/orientation:landscape@p.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ width: 579, height: 413 });
    const tagged = photoFacts({ header: { ...sized(579, 413), orientation: 3 } });
    expect(fileCodes(checkPhotoFacts(tagged, [orientation]))).toEqual([
      'photo/orientation:landscape@p.jpg',
    ]);
  });
});
