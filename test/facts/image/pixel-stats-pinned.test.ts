import { describe, expect, it } from 'vitest';
import { analysePixels, orient } from '../../../src/facts/image/pixel-stats.js';

/*
 * The statistics decide verdicts (photo/background, photo/blur, photo/upscaled, attachment/color):
 * a change made for speed must give the very same numbers. These pin them on a drawn portrait
 * of the analysed copy's size in every EXIF orientation, with the figures of the reference
 * implementation (issue 17: the per-pixel closure `orient` and the JS loops as they were).
 */

/** A portrait-like 3-channel picture: light background, a darker textured head, noise. */
function portrait(width: number, height: number): Uint8Array {
  const data = new Uint8Array(width * height * 3);
  let seed = 12345;
  const noise = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 24) % 9;
  };
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const dx = (x - width / 2) / (width * 0.3);
      const dy = (y - height * 0.45) / (height * 0.3);
      const head = dx * dx + dy * dy < 1 || (y > height * 0.8 && Math.abs(dx) < 1.6);
      const texture = ((x >> 2) + (y >> 3)) % 2 ? 20 : 0;
      const p = (y * width + x) * 3;
      data[p] = head ? 150 + texture + noise() : 230 + noise();
      data[p + 1] = head ? 110 + texture + noise() : 236 + noise();
      data[p + 2] = head ? 90 + noise() : 240 + noise();
    }
  return data;
}

/** The EXIF orientations as written before (a source pixel per output pixel): the reference. */
function orientReference(
  data: Uint8Array,
  width: number,
  height: number,
  channels: number,
  orientation: number,
): { data: Uint8Array; width: number; height: number } {
  if (orientation < 2 || orientation > 8) return { data, width, height };
  const swap = orientation >= 5;
  const w = swap ? height : width;
  const h = swap ? width : height;
  const [W, H] = [width - 1, height - 1];
  const from: Record<number, (x: number, y: number) => readonly [number, number]> = {
    2: (x, y) => [W - x, y],
    3: (x, y) => [W - x, H - y],
    4: (x, y) => [x, H - y],
    5: (x, y) => [y, x],
    6: (x, y) => [y, H - x],
    7: (x, y) => [W - y, H - x],
    8: (x, y) => [W - y, x],
  };
  const out = new Uint8Array(data.length);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const [sx, sy] = from[orientation]!(x, y);
      for (let c = 0; c < channels; c++)
        out[(y * w + x) * channels + c] = data[(sy * width + sx) * channels + c]!;
    }
  return { data: out, width: w, height: h };
}

describe('orient', () => {
  it('gives the reference result for every orientation, channel count and odd size', () => {
    for (const [width, height, channels] of [
      [1, 1, 3],
      [1, 7, 1],
      [7, 1, 4],
      [13, 8, 3],
      [31, 47, 4],
    ] as const) {
      const data = Uint8Array.from({ length: width * height * channels }, (_, i) => (i * 37) % 256);
      for (let o = 0; o <= 9; o++) {
        const got = orient(data, width, height, channels, o);
        const want = orientReference(data, width, height, channels, o);
        expect({ ...got, data: [...got.data] }).toEqual({ ...want, data: [...want.data] });
      }
    }
  });
});

describe('analysePixels', () => {
  const [width, height] = [413, 551];
  const image = portrait(width, height);

  it('gives the reference figures on a drawn portrait in every orientation', () => {
    const figures = [1, 2, 3, 4, 5, 6, 7, 8].map((o) => {
      const r = orient(image, width, height, 3, o);
      return analysePixels(r.data, r.width, r.height, 3);
    });
    expect(figures).toMatchSnapshot();
  });

  it('gives the reference colour figures', () => {
    expect(analysePixels(image, width, height, 3, 'colour')).toMatchSnapshot();
  });
});
