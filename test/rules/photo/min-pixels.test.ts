import { describe, expect, it } from 'vitest';
import minPixels from '../../../src/rules/photo/min-pixels.js';
import { checkPhoto, fileCodes } from '../../image-fixtures.js';

describe('photo/min-pixels', () => {
  it('accepts exactly 295×413 and larger', async () => {
    expect(fileCodes(await checkPhoto('photo-295.jpg', [minPixels]))).toEqual([]);
    expect(fileCodes(await checkPhoto('photo.jpg', [minPixels]))).toEqual([]);
  });
  it('reports 250×350 with the measured and required sizes', async () => {
    const result = await checkPhoto('photo-small.jpg', [minPixels]);
    expect(fileCodes(result)).toEqual(['photo/min-pixels:default@p.jpg']);
    expect(result.findings[0]!.args).toEqual({
      file: 'p.jpg',
      width: 250,
      height: 350,
      minWidth: 295,
      minHeight: 413,
    });
  });
  it('measures as displayed: EXIF orientation 6 stored 579×413 is 413×579', async () => {
    expect(fileCodes(await checkPhoto('photo-exif6.jpg', [minPixels]))).toEqual([]);
  });
  it('is silent for a truncated file (file/corrupt reports it)', async () => {
    expect(fileCodes(await checkPhoto('truncated.jpg', [minPixels]))).toEqual([]);
  });
});
