import { describe, expect, it } from 'vitest';
import format from '../../../src/rules/photo/format.js';
import {
  checkPhoto,
  fileCodes,
  makeFolder,
  basicProfile,
  checkImages,
} from '../../image-fixtures.js';

describe('photo/format', () => {
  it('accepts a JPEG named .jpg', async () => {
    expect(fileCodes(await checkPhoto('photo.jpg', [format]))).toEqual([]);
  });
  it('reports a PNG, WebP, GIF, HEIC or PDF named .jpg by its real format', async () => {
    for (const source of ['photo.png', 'photo.webp', 'photo.gif', 'photo.heic', 'photo.pdf']) {
      const result = await checkPhoto(source, [format]);
      expect(fileCodes(result)).toEqual(['photo/format:content@p.jpg']);
    }
    const webp = await checkPhoto('photo.webp', [format]);
    expect(webp.findings[0]!.args).toMatchObject({ actual: 'WebP', extension: '.jpg' });
  });
  it('reports a JPEG whose extension is not .jpg/.jpeg', async () => {
    const dir = await makeFolder(basicProfile('p.png'), { 'p.png': 'photo.jpg' });
    const result = await checkImages(dir, [format]);
    expect(fileCodes(result)).toEqual(['photo/format:extension@p.png']);
    expect(result.findings[0]!.field).toBe('basic.photo');
  });
  it('leaves content that is no image at all to file/corrupt', async () => {
    expect(fileCodes(await checkPhoto('page.html', [format]))).toEqual([]);
  });
});
