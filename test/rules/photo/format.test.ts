import { describe, expect, it } from 'vitest';
import format from '../../../src/rules/photo/format.js';
import { checkPhotoFacts, fileCodes, photoFacts } from '../image-facts.js';

describe('photo/format', () => {
  it('accepts a JPEG named .jpg or .jpeg', () => {
    expect(fileCodes(checkPhotoFacts(photoFacts(), [format]))).toEqual([]);
    const jpeg = photoFacts({ extension: 'jpeg' });
    expect(fileCodes(checkPhotoFacts(jpeg, [format], 'p.jpeg'))).toEqual([]);
  });
  it('reports a PNG, WebP, GIF, HEIC or PDF named .jpg by its real format', () => {
    for (const real of ['png', 'webp', 'gif', 'heic', 'pdf'] as const) {
      const result = checkPhotoFacts(photoFacts({ format: real }), [format]);
      expect(fileCodes(result)).toEqual(['photo/format:content@p.jpg']);
    }
    const webp = checkPhotoFacts(photoFacts({ format: 'webp' }), [format]);
    expect(webp.findings[0]!.args).toMatchObject({ actual: 'WebP', extension: '.jpg' });
  });
  it('reports a JPEG whose extension is not .jpg/.jpeg', () => {
    const result = checkPhotoFacts(photoFacts({ extension: 'png' }), [format], 'p.png');
    expect(fileCodes(result)).toEqual(['photo/format:extension@p.png']);
    expect(result.findings[0]!.field).toBe('basic.photo');
    expect(result.findings[0]!.args).toMatchObject({ actual: 'JPEG', extension: '.png' });
  });
  it('leaves content that is no image at all to file/corrupt', () => {
    const html = photoFacts({
      format: 'unknown',
      head: '3C 21 44 4F 43 54 59 50',
      header: undefined,
      pixels: undefined,
    });
    expect(fileCodes(checkPhotoFacts(html, [format]))).toEqual([]);
  });
});
