import { describe, expect, it } from 'vitest';
import blur from '../../../src/rules/photo/blur.js';
import upscaled from '../../../src/rules/photo/upscaled.js';
import { checkPhoto, fileCodes } from '../../image-fixtures.js';

describe('photo/blur', () => {
  it('accepts a sharp photo', async () => {
    expect(fileCodes(await checkPhoto('photo.jpg', [blur]))).toEqual([]);
    expect(fileCodes(await checkPhoto('photo-295.jpg', [blur]))).toEqual([]);
  });
  it('reports a photo blurred with σ 3, with the measure and the threshold; photo/upscaled stays silent', async () => {
    const result = await checkPhoto('photo-blur.jpg', [blur, upscaled]);
    expect(fileCodes(result)).toEqual(['photo/blur:default@p.jpg']);
    expect(result.findings[0]!.args['threshold']).toBe(200);
    expect(result.findings[0]!.args['sharpness']).toBeLessThan(200);
  });
});
