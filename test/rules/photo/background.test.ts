import { describe, expect, it } from 'vitest';
import background from '../../../src/rules/photo/background.js';
import { checkPhoto, fileCodes } from '../../image-fixtures.js';

describe('photo/background', () => {
  it('accepts a white background', async () => {
    expect(fileCodes(await checkPhoto('photo.jpg', [background]))).toEqual([]);
  });
  it('reports blue and red as tinted, mid grey as not white (errors), with the mean colour', async () => {
    const blue = await checkPhoto('photo-blue.jpg', [background]);
    expect(fileCodes(blue)).toEqual(['photo/background:tinted@p.jpg']);
    expect(blue.findings[0]!.severity).toBe('error');
    expect(blue.findings[0]!.args).toMatchObject({ r: 66, g: 142, b: 218 });
    expect(fileCodes(await checkPhoto('photo-red.jpg', [background]))).toEqual([
      'photo/background:tinted@p.jpg',
    ]);
    const grey = await checkPhoto('photo-grey.jpg', [background]);
    expect(fileCodes(grey)).toEqual(['photo/background:not-white@p.jpg']);
    expect(grey.findings[0]!.args).toMatchObject({ r: 128, g: 128, b: 128, brightness: 128 });
  });
  it('warns for light grey, cream and uneven lighting', async () => {
    for (const [source, id] of [
      ['photo-lightgrey.jpg', 'off-white'],
      ['photo-cream.jpg', 'cast'],
      ['photo-uneven.jpg', 'uneven'],
    ] as const) {
      const result = await checkPhoto(source, [background]);
      expect(fileCodes(result)).toEqual([`photo/background:${id}@p.jpg`]);
      expect(result.findings[0]!.severity).toBe('warning');
    }
  });
  it('reads the background of a photo stored on its side (EXIF 6) as displayed', async () => {
    expect(fileCodes(await checkPhoto('photo-exif6.jpg', [background]))).toEqual([]);
  });
  it('says nothing about a photo in the wrong format', async () => {
    expect(fileCodes(await checkPhoto('photo.png', [background]))).toEqual([]);
  });
});
