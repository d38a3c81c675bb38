import { describe, expect, it } from 'vitest';
import blur from '../../../src/rules/photo/blur.js';
import upscaled from '../../../src/rules/photo/upscaled.js';
import { checkPhotoFacts, fileCodes, photoFacts } from '../image-facts.js';

describe('photo/blur', () => {
  it('accepts a sharp photo, down to the threshold', () => {
    expect(fileCodes(checkPhotoFacts(photoFacts(), [blur]))).toEqual([]);
    expect(fileCodes(checkPhotoFacts(photoFacts({ pixels: { sharpness: 200 } }), [blur]))).toEqual(
      [],
    );
  });
  it('reports a photo under the threshold, with the measure and the threshold; photo/upscaled stays silent', () => {
    const blurred = photoFacts({ pixels: { sharpness: 199, fineDetail: 1.39 } });
    const result = checkPhotoFacts(blurred, [blur, upscaled]);
    expect(fileCodes(result)).toEqual(['photo/blur:default@p.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ sharpness: 199, threshold: 200 });
  });
  it('is silent when the pixels were not measured', () => {
    expect(fileCodes(checkPhotoFacts(photoFacts({ pixels: undefined }), [blur]))).toEqual([]);
  });
});
