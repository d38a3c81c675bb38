import { describe, expect, it } from 'vitest';
import orientation from '../../../src/rules/photo/orientation.js';
import { checkPhoto, fileCodes } from '../../image-fixtures.js';

describe('photo/orientation', () => {
  it('accepts an upright photo without an orientation tag, or with tag 1', async () => {
    expect(fileCodes(await checkPhoto('photo.jpg', [orientation]))).toEqual([]);
    expect(fileCodes(await checkPhoto('photo-gps.jpg', [orientation]))).toEqual([]);
  });
  it('reports EXIF orientation 6', async () => {
    const result = await checkPhoto('photo-exif6.jpg', [orientation]);
    expect(fileCodes(result)).toEqual(['photo/orientation:exif@p.jpg']);
    expect(result.findings[0]!.args['orientation']).toBe(6);
  });
  it('reports a landscape photo', async () => {
    const result = await checkPhoto('photo-landscape.jpg', [orientation]);
    expect(fileCodes(result)).toEqual(['photo/orientation:landscape@p.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ width: 579, height: 413 });
  });
});
