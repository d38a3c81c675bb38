import { describe, expect, it } from 'vitest';
import minPixels from '../../../src/rules/photo/min-pixels.js';
import { checkPhotoFacts, fileCodes, photoFacts, sized } from '../image-facts.js';

const pixelsOf = (width: number, height: number) =>
  fileCodes(checkPhotoFacts(photoFacts({ header: sized(width, height) }), [minPixels]));

describe('photo/min-pixels', () => {
  it('accepts exactly 295×413 and larger', () => {
    expect(pixelsOf(295, 413)).toEqual([]);
    expect(pixelsOf(413, 579)).toEqual([]);
  });
  it('reports one pixel less in either direction', () => {
    expect(pixelsOf(294, 413)).toEqual(['photo/min-pixels:default@p.jpg']);
    expect(pixelsOf(295, 412)).toEqual(['photo/min-pixels:default@p.jpg']);
  });
  it('reports 250×350 with the measured and required sizes', () => {
    const result = checkPhotoFacts(photoFacts({ header: sized(250, 350) }), [minPixels]);
    expect(fileCodes(result)).toEqual(['photo/min-pixels:default@p.jpg']);
    expect(result.findings[0]!.args).toEqual({
      file: 'p.jpg',
      width: 250,
      height: 350,
      minWidth: 295,
      minHeight: 413,
    });
  });
  it('measures as displayed: EXIF orientation 6 stored 579×413 is 413×579', () => {
    const turned = {
      width: 579,
      height: 413,
      displayWidth: 413,
      displayHeight: 579,
      orientation: 6,
    };
    expect(fileCodes(checkPhotoFacts(photoFacts({ header: turned }), [minPixels]))).toEqual([]);
    const small = {
      width: 350,
      height: 250,
      displayWidth: 250,
      displayHeight: 350,
      orientation: 6,
    };
    expect(fileCodes(checkPhotoFacts(photoFacts({ header: small }), [minPixels]))).toEqual([
      'photo/min-pixels:default@p.jpg',
    ]);
  });
  it('leaves a landscape photo large enough turned upright to photo/orientation', () => {
    expect(pixelsOf(413, 295)).toEqual([]);
    expect(pixelsOf(412, 295)).toEqual(['photo/min-pixels:default@p.jpg']);
  });
  it('is silent for a truncated file (file/corrupt reports it)', () => {
    const truncated = photoFacts({
      header: sized(250, 350),
      jpegEnd: { found: false },
      decodeError: { kind: 'truncated', detail: '', marker: 'jpeg-eoi' },
      pixels: undefined,
    });
    expect(fileCodes(checkPhotoFacts(truncated, [minPixels]))).toEqual([]);
  });
});
