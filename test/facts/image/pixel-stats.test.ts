import { describe, expect, it } from 'vitest';
import { analysePixels, orient } from '../../../src/facts/image/pixel-stats.js';
import { valueImports } from './pure.js';

describe('orient', () => {
  // 3×2 single-channel image:  1 2 3 / 4 5 6
  const img = Uint8Array.from([1, 2, 3, 4, 5, 6]);
  it('rotates and mirrors like EXIF orientations', () => {
    expect(orient(img, 3, 2, 1, 1).data).toBe(img);
    expect([...orient(img, 3, 2, 1, 2).data]).toEqual([3, 2, 1, 6, 5, 4]);
    expect([...orient(img, 3, 2, 1, 3).data]).toEqual([6, 5, 4, 3, 2, 1]);
    expect([...orient(img, 3, 2, 1, 4).data]).toEqual([4, 5, 6, 1, 2, 3]);
    expect(orient(img, 3, 2, 1, 6)).toMatchObject({ width: 2, height: 3 });
    expect([...orient(img, 3, 2, 1, 6).data]).toEqual([4, 1, 5, 2, 6, 3]);
    expect([...orient(img, 3, 2, 1, 8).data]).toEqual([3, 6, 2, 5, 1, 4]);
    expect([...orient(img, 3, 2, 1, 5).data]).toEqual([1, 4, 2, 5, 3, 6]);
    expect([...orient(img, 3, 2, 1, 7).data]).toEqual([6, 3, 5, 2, 4, 1]);
  });
});

describe('analysePixels', () => {
  it('has no fine-detail ratio for a flat picture, and no sharpness', () => {
    const flat = new Uint8Array(100 * 140 * 3).fill(250);
    const stats = analysePixels(flat, 100, 140, 3);
    expect(stats.sharpness).toBe(0);
    expect(stats.fineDetail).toBeUndefined();
    expect(stats.background).toMatchObject({ r: 250, g: 250, b: 250, coverage: 1, tint: 0 });
  });
});

describe('analysePixels on drawn buffers', () => {
  /** A width×height RGB image: `paint(x, y)` gives each pixel's colour. */
  const draw = (width: number, height: number, paint: (x: number, y: number) => number[]) => {
    const data = new Uint8Array(width * height * 3);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) data.set(paint(x, y), (y * width + x) * 3);
    return data;
  };

  it('measures the channel spread only for the colour scope', () => {
    const grey = draw(40, 40, (x) => [x * 5, x * 5, x * 5]);
    expect(analysePixels(grey, 40, 40, 3, 'colour')).toEqual({
      width: 40,
      height: 40,
      colour: { p99: 0, p999: 0 },
      seal: { found: false, diameter: 0, redShare: 0 },
    });
    const stamp = draw(40, 40, (x, y) => (x < 10 && y < 10 ? [210, 30, 30] : [240, 240, 240]));
    expect(analysePixels(stamp, 40, 40, 3, 'colour').colour).toEqual({ p99: 180, p999: 180 });
  });

  it('takes the background from the top and side bands, not the middle or the bottom', () => {
    const blue = [67, 142, 219];
    const portrait = draw(100, 140, (x, y) =>
      y > 100 || (x > 30 && x < 70 && y > 20) ? [30, 30, 40] : blue,
    );
    const stats = analysePixels(portrait, 100, 140, 3);
    expect(stats.background).toMatchObject({ r: 67, g: 142, b: 219, tint: 152, coverage: 1 });
    expect(stats.background!.bands.top).toBe(stats.background!.bands.left);
    expect(stats.sharpness).toBeGreaterThan(0);
  });
});

describe('pixel-stats.ts', () => {
  it('is pure: no sharp, no file access', () => {
    // The seal search is pure as well (its own test says so).
    expect(valueImports('pixel-stats.ts')).toEqual(['./seal.js']);
  });
});
