import { describe, expect, it } from 'vitest';
import background from '../../../src/rules/photo/background.js';
import type { BackgroundStats } from '../../../src/facts/image-types.js';
import { checkPhotoFacts, fileCodes, photoFacts } from '../image-facts.js';

const judge = (bg: Partial<BackgroundStats>) =>
  checkPhotoFacts(photoFacts({ pixels: { background: bg } }), [background]);
const grey = (v: number) => ({
  r: v,
  g: v,
  b: v,
  brightness: v,
  bands: { top: v, left: v, right: v },
});

describe('photo/background', () => {
  it('accepts a white background', () => {
    expect(fileCodes(judge({}))).toEqual([]);
    expect(fileCodes(judge(grey(230)))).toEqual([]);
  });
  it('reports blue and red as tinted, mid grey as not white (errors), with the mean colour', () => {
    const blue = judge({ r: 66, g: 142, b: 218, brightness: 130, tint: 152 });
    expect(fileCodes(blue)).toEqual(['photo/background:tinted@p.jpg']);
    expect(blue.findings[0]!.severity).toBe('error');
    expect(blue.findings[0]!.args).toMatchObject({ r: 66, g: 142, b: 218 });
    expect(fileCodes(judge({ r: 217, g: 0, b: 27, brightness: 68, tint: 217 }))).toEqual([
      'photo/background:tinted@p.jpg',
    ]);
    const mid = judge(grey(128));
    expect(fileCodes(mid)).toEqual(['photo/background:not-white@p.jpg']);
    expect(mid.findings[0]!.severity).toBe('error');
    expect(mid.findings[0]!.args).toMatchObject({ r: 128, g: 128, b: 128, brightness: 128 });
  });
  it('draws the lines at the calibrated limits', () => {
    expect(fileCodes(judge({ tint: 30, brightness: 240 }))).toEqual([
      'photo/background:cast@p.jpg',
    ]);
    expect(fileCodes(judge({ tint: 31 }))).toEqual(['photo/background:tinted@p.jpg']);
    expect(fileCodes(judge(grey(199)))).toEqual(['photo/background:not-white@p.jpg']);
    expect(fileCodes(judge(grey(200)))).toEqual(['photo/background:off-white@p.jpg']);
    expect(fileCodes(judge(grey(229)))).toEqual(['photo/background:off-white@p.jpg']);
    expect(fileCodes(judge({ tint: 15 }))).toEqual([]);
    expect(fileCodes(judge({ tint: 16 }))).toEqual(['photo/background:cast@p.jpg']);
    expect(fileCodes(judge({ bands: { top: 253, left: 233, right: 253 } }))).toEqual([]);
    expect(fileCodes(judge({ bands: { top: 253, left: 232, right: 253 } }))).toEqual([
      'photo/background:uneven@p.jpg',
    ]);
    expect(fileCodes(judge({ deviation: 10 }))).toEqual([]);
    expect(fileCodes(judge({ deviation: 10.1 }))).toEqual(['photo/background:uneven@p.jpg']);
    expect(fileCodes(judge({ coverage: 0.6 }))).toEqual([]);
    expect(fileCodes(judge({ coverage: 0.59 }))).toEqual(['photo/background:uneven@p.jpg']);
  });
  it('warns for light grey, cream and uneven lighting', () => {
    for (const [bg, id] of [
      [grey(211), 'off-white'],
      [{ r: 247, g: 240, b: 220, brightness: 239, tint: 27 }, 'cast'],
      [{ bands: { top: 250, left: 225, right: 228 } }, 'uneven'],
    ] as const) {
      const result = judge(bg);
      expect(fileCodes(result)).toEqual([`photo/background:${id}@p.jpg`]);
      expect(result.findings[0]!.severity).toBe('warning');
    }
  });
  it('says nothing about a photo in the wrong format or without pixels', () => {
    const png = photoFacts({ format: 'png', pixels: { background: grey(128) } });
    expect(fileCodes(checkPhotoFacts(png, [background]))).toEqual([]);
    expect(fileCodes(checkPhotoFacts(photoFacts({ pixels: undefined }), [background]))).toEqual([]);
  });
});
