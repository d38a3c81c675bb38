import { describe, expect, it } from 'vitest';
import gps from '../../../src/rules/privacy/gps.js';
import { checkAttachment, checkPhoto, fileCodes } from '../../image-fixtures.js';

describe('privacy/gps', () => {
  it('is silent for images without GPS', async () => {
    expect(fileCodes(await checkPhoto('photo.jpg', [gps]))).toEqual([]);
  });
  it('warns for a photo or an attachment carrying GPS coordinates, without printing them', async () => {
    const photo = await checkPhoto('photo-gps.jpg', [gps]);
    expect(fileCodes(photo)).toEqual(['privacy/gps:default@p.jpg']);
    expect(photo.findings[0]!.args).toEqual({ file: 'p.jpg' });
    expect(fileCodes(await checkAttachment('a.jpg', 'photo-gps.jpg', [gps]))).toEqual([
      'privacy/gps:default@a.jpg',
    ]);
  });
});
