import { describe, expect, it } from 'vitest';
import color from '../../../src/rules/photo/color.js';
import { checkPhoto, fileCodes } from '../../image-fixtures.js';

describe('photo/color', () => {
  it('accepts a colour photo, whatever its background', async () => {
    expect(fileCodes(await checkPhoto('photo.jpg', [color]))).toEqual([]);
    expect(fileCodes(await checkPhoto('photo-grey.jpg', [color]))).toEqual([]);
  });
  it('reports a grey photo even when stored as 3-channel RGB (judged from pixels)', async () => {
    for (const source of ['photo-greyscale.jpg', 'photo-grey-rgb.jpg']) {
      const result = await checkPhoto(source, [color]);
      expect(fileCodes(result)).toEqual(['photo/color:greyscale@p.jpg']);
      expect(result.findings[0]!.args).toMatchObject({ spread: 0, threshold: 8 });
    }
  });
  it('reports a CMYK JPEG once, as CMYK', async () => {
    expect(fileCodes(await checkPhoto('photo-cmyk.jpg', [color]))).toEqual([
      'photo/color:cmyk@p.jpg',
    ]);
  });
});
