import { describe, expect, it } from 'vitest';
import color from '../../../src/rules/photo/color.js';
import { checkPhotoFacts, fileCodes, photoFacts } from '../image-facts.js';

const spread = (p99: number) => photoFacts({ pixels: { colour: { p99, p999: p99 } } });

describe('photo/color', () => {
  it('accepts a colour photo, down to the threshold', () => {
    expect(fileCodes(checkPhotoFacts(photoFacts(), [color]))).toEqual([]);
    expect(fileCodes(checkPhotoFacts(spread(8), [color]))).toEqual([]);
  });
  it('reports a grey photo even when stored as 3-channel RGB (judged from pixels)', () => {
    for (const p99 of [0, 7]) {
      const result = checkPhotoFacts(spread(p99), [color]);
      expect(fileCodes(result)).toEqual(['photo/color:greyscale@p.jpg']);
      expect(result.findings[0]!.args).toMatchObject({ spread: p99, threshold: 8 });
    }
  });
  it('reports a grey colour space from the header, without pixels', () => {
    const grey = photoFacts({ header: { space: 'b-w', channels: 1 }, pixels: undefined });
    const result = checkPhotoFacts(grey, [color]);
    expect(fileCodes(result)).toEqual(['photo/color:greyscale@p.jpg']);
    expect(result.findings[0]!.args).toMatchObject({ spread: 0 });
    const rgb = photoFacts({ header: { channels: 1 }, pixels: undefined });
    expect(fileCodes(checkPhotoFacts(rgb, [color]))).toEqual([]);
  });
  it('reports a CMYK JPEG once, as CMYK', () => {
    const cmyk = photoFacts({
      header: { space: 'cmyk', channels: 4 },
      pixels: { colour: { p99: 0, p999: 0 } },
    });
    expect(fileCodes(checkPhotoFacts(cmyk, [color]))).toEqual(['photo/color:cmyk@p.jpg']);
  });
  it('is silent on a photo in the wrong format', () => {
    expect(
      fileCodes(checkPhotoFacts(photoFacts({ format: 'png', header: { space: 'b-w' } }), [color])),
    ).toEqual([]);
  });
});
