import { describe, expect, it } from 'vitest';
import upscaled from '../../../src/rules/photo/upscaled.js';
import { checkPhotoFacts, fileCodes, photoFacts } from '../image-facts.js';

const detail = (fineDetail: number | undefined, sharpness = 971) =>
  checkPhotoFacts(
    photoFacts({ pixels: { sharpness, ...(fineDetail !== undefined ? { fineDetail } : {}) } }),
    [upscaled],
  );

describe('photo/upscaled', () => {
  it('accepts a photo with its own detail, down to the threshold', () => {
    expect(fileCodes(checkPhotoFacts(photoFacts(), [upscaled]))).toEqual([]);
    expect(fileCodes(detail(4.0))).toEqual([]);
  });
  it('reports a photo whose finest detail is missing, with the ratio', () => {
    const result = detail(3.38);
    expect(fileCodes(result)).toEqual(['photo/upscaled:default@p.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ ratio: '3.38', threshold: '4.0' });
    expect(fileCodes(detail(3.99))).toEqual(['photo/upscaled:default@p.jpg']);
  });
  it('leaves a blurred photo to photo/blur, and says nothing without a measure', () => {
    expect(fileCodes(detail(1.39, 199))).toEqual([]);
    expect(fileCodes(detail(3.38, 200))).toEqual(['photo/upscaled:default@p.jpg']);
    const flat = photoFacts({ pixels: { sharpness: 971, fineDetail: undefined } });
    expect(fileCodes(checkPhotoFacts(flat, [upscaled]))).toEqual([]);
  });
});
