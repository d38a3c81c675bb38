import { describe, expect, it } from 'vitest';
import format from '../../../src/rules/attachment/format.js';
import { checkAttachment, fileCodes } from '../../image-fixtures.js';

describe('attachment/format', () => {
  it('accepts JPEG named .jpg/.jpeg and PNG named .png', async () => {
    expect(fileCodes(await checkAttachment('a.jpg', 'scan.jpg', [format]))).toEqual([]);
    expect(fileCodes(await checkAttachment('a.JPEG', 'scan.jpg', [format]))).toEqual([]);
    expect(fileCodes(await checkAttachment('a.png', 'scan.png', [format]))).toEqual([]);
  });
  it('reports a PNG renamed .jpg, and a JPEG named .png', async () => {
    const png = await checkAttachment('a.jpg', 'scan.png', [format]);
    expect(fileCodes(png)).toEqual(['attachment/format:extension@a.jpg']);
    expect(png.findings[0]!.args).toMatchObject({ actual: 'PNG', extension: '.jpg' });
    expect(fileCodes(await checkAttachment('a.png', 'scan.jpg', [format]))).toEqual([
      'attachment/format:extension@a.png',
    ]);
  });
  it('reports HEIC, WebP and PDF content whatever the name', async () => {
    for (const source of ['photo.heic', 'photo.webp', 'photo.pdf'])
      expect(fileCodes(await checkAttachment('a.jpg', source, [format]))).toEqual([
        'attachment/format:content@a.jpg',
      ]);
    expect(fileCodes(await checkAttachment('a.heic', 'photo.heic', [format]))).toEqual([
      'attachment/format:content@a.heic',
    ]);
  });
});
