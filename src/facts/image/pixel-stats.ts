/**
 * Pixel statistics of a small decoded copy: pure arithmetic on a raw sRGB buffer, no sharp, no
 * file. `image/decode.ts` decodes the copy; the photo and attachment rules read the numbers.
 */
import type { BackgroundStats, PixelScope, PixelStats } from '../image-types.js';
import { findSeal } from './seal.js';

/** Applies an EXIF orientation (1–8) to a raw interleaved buffer. */
export function orient(
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
  const W = width - 1;
  const H = height - 1;
  const source: Record<number, (x: number, y: number) => readonly [number, number]> = {
    2: (x, y) => [W - x, y],
    3: (x, y) => [W - x, H - y],
    4: (x, y) => [x, H - y],
    5: (x, y) => [y, x],
    6: (x, y) => [y, H - x],
    7: (x, y) => [W - y, H - x],
    8: (x, y) => [W - y, x],
  };
  const from = source[orientation];
  const out = new Uint8Array(data.length);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const [sx, sy] = from(x, y);
      const s = (sy * width + sx) * channels;
      const t = (y * w + x) * channels;
      for (let c = 0; c < channels; c++) out[t + c] = data[s + c];
    }
  return { data: out, width: w, height: h };
}

/** Pixels within this many luma levels of the band's median belong to the background tone. */
const BACKGROUND_TOLERANCE = 24;

/**
 * Statistics of a small sRGB copy (≥ 3 channels, displayed orientation); with scope `colour`,
 * the channel spread only. Pure: tested on its own.
 */
export function analysePixels(
  data: Uint8Array,
  width: number,
  height: number,
  channels: number,
  scope: PixelScope = 'photo',
): PixelStats {
  const n = width * height;
  if (scope === 'colour') {
    const spread = new Uint32Array(256);
    for (let p = 0; p < n * channels; p += channels) {
      const r = data[p];
      const g = data[p + 1];
      const b = data[p + 2];
      spread[Math.max(r, g, b) - Math.min(r, g, b)]++;
    }
    return {
      width,
      height,
      colour: { p99: percentile(spread, n, 0.99), p999: percentile(spread, n, 0.999) },
      seal: findSeal(data, width, height, channels),
    };
  }
  const luma = new Float32Array(n);
  const spread = new Uint32Array(256);
  for (let i = 0, p = 0; i < n; i++, p += channels) {
    const r = data[p];
    const g = data[p + 1];
    const b = data[p + 2];
    luma[i] = 0.299 * r + 0.587 * g + 0.114 * b;
    spread[Math.max(r, g, b) - Math.min(r, g, b)]++;
  }
  return {
    width,
    height,
    background: backgroundStats(data, luma, width, height, channels),
    colour: { p99: percentile(spread, n, 0.99), p999: percentile(spread, n, 0.999) },
    ...detailStats(luma, width, height),
  };
}

function percentile(hist: Uint32Array, total: number, p: number): number {
  const target = p * total;
  let seen = 0;
  for (let v = 0; v < hist.length; v++) {
    seen += hist[v];
    if (seen >= target) return v;
  }
  return hist.length - 1;
}

/**
 * The border band: the top 5 % of the height, and the left and right 8 % of the width from there
 * down to 45 % of the height. Not the bottom (shoulders), not the lower sides (arms, hair).
 */
function backgroundStats(
  data: Uint8Array,
  luma: Float32Array,
  width: number,
  height: number,
  channels: number,
): BackgroundStats {
  const topH = Math.min(height, Math.max(2, Math.round(height * 0.05)));
  const sideW = Math.min(width, Math.max(2, Math.round(width * 0.08)));
  const sideEnd = Math.max(topH + 1, Math.round(height * 0.45));
  const regions = [
    [0, width, 0, topH],
    [0, sideW, topH, sideEnd],
    [width - sideW, width, topH, sideEnd],
  ] as const;
  const hist = new Uint32Array(256);
  let total = 0;
  for (const [x0, x1, y0, y1] of regions)
    for (let y = y0; y < Math.min(y1, height); y++)
      for (let x = x0; x < x1; x++) {
        hist[(luma[y * width + x] + 0.5) | 0]++;
        total++;
      }
  const median = percentile(hist, total, 0.5);
  let count = 0;
  let r = 0;
  let g = 0;
  let b = 0;
  let l = 0;
  let l2 = 0;
  const band = regions.map(() => ({ sum: 0, count: 0 }));
  regions.forEach(([x0, x1, y0, y1], k) => {
    for (let y = y0; y < Math.min(y1, height); y++)
      for (let x = x0; x < x1; x++) {
        const i = y * width + x;
        const v = luma[i];
        if (Math.abs(v - median) > BACKGROUND_TOLERANCE) continue;
        const p = i * channels;
        r += data[p];
        g += data[p + 1];
        b += data[p + 2];
        l += v;
        l2 += v * v;
        count++;
        band[k].sum += v;
        band[k].count++;
      }
  });
  const c = Math.max(1, count);
  const mean = [r / c, g / c, b / c].map(Math.round) as [number, number, number];
  const brightness = l / c;
  const bandMean = (k: number) =>
    band[k].count > 0 ? Math.round(band[k].sum / band[k].count) : Math.round(brightness);
  return {
    r: mean[0],
    g: mean[1],
    b: mean[2],
    brightness: Math.round(brightness),
    tint: Math.max(...mean) - Math.min(...mean),
    coverage: round(count / Math.max(1, total), 2),
    deviation: round(Math.sqrt(Math.max(0, l2 / c - brightness * brightness)), 1),
    bands: { top: bandMean(0), left: bandMean(1), right: bandMean(2) },
  };
}

/**
 * Sharpness and fine detail on the central region (20–80 % of the width, 10–80 % of the height:
 * the face, not the flat background that would dilute both measures).
 */
function detailStats(
  luma: Float32Array,
  width: number,
  height: number,
): Pick<PixelStats, 'sharpness' | 'fineDetail'> {
  const x0 = Math.max(1, Math.round(width * 0.2));
  const x1 = Math.min(width - 1, Math.round(width * 0.8));
  const y0 = Math.max(1, Math.round(height * 0.1));
  const y1 = Math.min(height - 1, Math.round(height * 0.8));
  if (x1 - x0 < 8 || y1 - y0 < 8) return { sharpness: 0 };

  // Contrast normalisation: the region's 1st–99th percentile is stretched to 0–255 (at most 8×,
  // so that the noise of a flat picture is not blown up into "detail").
  const hist = new Uint32Array(256);
  let count = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      hist[(luma[y * width + x] + 0.5) | 0]++;
      count++;
    }
  const range = percentile(hist, count, 0.99) - percentile(hist, count, 0.01);
  const scale = 255 / Math.max(range, 32);

  let sum = 0;
  let sum2 = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = y * width + x;
      const lap = luma[i - 1] + luma[i + 1] + luma[i - width] + luma[i + width] - 4 * luma[i];
      sum += lap;
      sum2 += lap * lap;
    }
  const variance = sum2 / count - (sum / count) ** 2;
  const sharpness = Math.round(variance * scale * scale);

  // The region (with a margin, clamped at the image edge) blurred once and twice with the
  // binomial kernel [1 2 1]/4: Gaussians of σ² = 0.5 and 1 (σ 0.71 and 1), at a fraction of
  // the cost of sampled Gaussian kernels.
  const pad = 3;
  const rx0 = Math.max(0, x0 - pad);
  const rx1 = Math.min(width, x1 + pad);
  const ry0 = Math.max(0, y0 - pad);
  const ry1 = Math.min(height, y1 + pad);
  const rw = rx1 - rx0;
  const rh = ry1 - ry0;
  const region = new Float32Array(rw * rh);
  for (let y = 0; y < rh; y++)
    for (let x = 0; x < rw; x++) region[y * rw + x] = luma[(y + ry0) * width + x + rx0];
  const once = binomialBlur(region, rw, rh);
  const twice = binomialBlur(once, rw, rh);
  let fine = 0;
  let next = 0;
  for (let y = y0 - ry0; y < y1 - ry0; y++)
    for (let x = x0 - rx0; x < x1 - rx0; x++) {
      const i = y * rw + x;
      const a = region[i] - once[i];
      const b = once[i] - twice[i];
      fine += a * a;
      next += b * b;
    }
  // A flat region (no edges at all) has no octave to compare.
  if (next / count < 1e-3) return { sharpness };
  return { sharpness, fineDetail: round(fine / next, 2) };
}

/** Separable [1 2 1]/4 blur, edges clamped. */
function binomialBlur(src: Float32Array, w: number, h: number): Float32Array {
  const tmp = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    tmp[row] = 0.75 * src[row] + 0.25 * src[row + 1];
    for (let x = 1; x < w - 1; x++)
      tmp[row + x] = 0.25 * (src[row + x - 1] + src[row + x + 1]) + 0.5 * src[row + x];
    tmp[row + w - 1] = 0.75 * src[row + w - 1] + 0.25 * src[row + w - 2];
  }
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const up = y > 0 ? row - w : row;
    const down = y < h - 1 ? row + w : row;
    for (let x = 0; x < w; x++)
      out[row + x] = 0.25 * (tmp[up + x] + tmp[down + x]) + 0.5 * tmp[row + x];
  }
  return out;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
