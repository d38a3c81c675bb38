import { describe, expect, it } from 'vitest';
import gps from '../../../src/rules/privacy/gps.js';
import {
  checkAttachmentFacts,
  checkPhotoFacts,
  fileCodes,
  photoFacts,
  scanFacts,
} from '../image-facts.js';

const at = { gps: { latitude: 25.034, longitude: 102.7 } };

describe('privacy/gps', () => {
  it('is silent for images without GPS', () => {
    expect(fileCodes(checkPhotoFacts(photoFacts(), [gps]))).toEqual([]);
  });
  it('warns for a photo or an attachment carrying GPS coordinates, without printing them', () => {
    const photo = checkPhotoFacts(photoFacts({ header: at }), [gps]);
    expect(fileCodes(photo)).toEqual(['privacy/gps:default@p.jpg']);
    expect(photo.findings[0]!.args).toEqual({ file: 'p.jpg' });
    expect(fileCodes(checkAttachmentFacts('a.jpg', scanFacts({ header: at }), [gps]))).toEqual([
      'privacy/gps:default@a.jpg',
    ]);
  });
});
