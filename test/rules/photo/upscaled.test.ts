import { describe, expect, it } from 'vitest';
import upscaled from '../../../src/rules/photo/upscaled.js';
import { checkPhoto, fileCodes } from '../../image-fixtures.js';

describe('photo/upscaled', () => {
  it('accepts a photo with its own detail, at 295×413 or larger', async () => {
    expect(fileCodes(await checkPhoto('photo.jpg', [upscaled]))).toEqual([]);
    expect(fileCodes(await checkPhoto('photo-295.jpg', [upscaled]))).toEqual([]);
  });
  it('reports a 200×280 photo enlarged to 413×579', async () => {
    const result = await checkPhoto('photo-upscaled.jpg', [upscaled]);
    expect(fileCodes(result)).toEqual(['photo/upscaled:default@p.jpg']);
    expect(Number(result.findings[0]!.args['ratio'])).toBeLessThan(4);
  });
});
