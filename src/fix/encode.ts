import sharp, { type Sharp } from 'sharp';
import { decodeMemory } from '../facts/image/decode-plan.js';
import { DECODE_MEMORY } from '../facts/image/decode.js';
import { DECODE_BUDGET_BYTES, FIX_MAX_PIXELS, MAX_PIXELS } from '../platform/limits.js';
import { MIN_LONG_SIDE, QUALITY } from './targets.js';
import type { MergeLayout, SizeTarget } from './types.js';

/** Decoded pixels: 8-bit sRGB, three channels, upright. */
export interface Pixels {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
  /** Below 1 when the file had more than FIX_MAX_PIXELS and was shrunk on load. */
  readonly scale?: number;
}

/**
 * A file's pixels as the reviewer should see them: the EXIF orientation applied, transparency
 * laid on white (a transparent PNG shows black in some viewers), CMYK and 16-bit samples turned
 * into 8-bit sRGB (the colour profile, when there is one, is honoured on the way). No retouching;
 * an image over `maxPixels` (FIX_MAX_PIXELS: far beyond any photo or scan the platform takes) is
 * shrunk on load to that many, so that memory stays bounded (3 bytes a pixel are held until the
 * file is written). A decode that would hold the whole image over DECODE_BUDGET_BYTES (a
 * progressive JPEG, an interlaced PNG) is refused: the plan does not decode such files.
 */
export async function loadPixels(
  file: string | Buffer,
  maxPixels: number = FIX_MAX_PIXELS,
): Promise<Pixels> {
  const meta = await sharp(file, { limitInputPixels: MAX_PIXELS }).metadata();
  const memory = decodeMemory(meta.format, meta);
  if (memory.kind !== undefined && memory.bytes > DECODE_BUDGET_BYTES)
    throw new Error(
      `decoding needs about ${Math.round(memory.bytes / 2 ** 20)} MB (${memory.kind}), over ${DECODE_BUDGET_BYTES / 2 ** 20} MB`,
    );
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  const scale = Math.min(1, Math.sqrt(Math.max(1, maxPixels) / Math.max(1, width * height)));
  let pipeline = sharp(file, { limitInputPixels: MAX_PIXELS }).autoOrient();
  if (scale < 1)
    pipeline = pipeline.resize({
      width: Math.max(1, Math.floor(width * scale)),
      height: Math.max(1, Math.floor(height * scale)),
      fit: 'inside',
    });
  const out = Math.min(width * height, maxPixels) * 3;
  const { data, info } = await DECODE_MEMORY.run(memory.bytes + out, () =>
    pipeline
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true }),
  );
  if (info.channels !== 3) throw new Error(`unexpected ${info.channels} channels`);
  return {
    data,
    width: info.width,
    height: info.height,
    ...(scale < 1 && width > 0 ? { scale: info.width / width } : {}),
  };
}

function raw(px: Pixels): Sharp {
  return sharp(px.data, { raw: { width: px.width, height: px.height, channels: 3 } });
}

/** The white gap between merged parts: 2 % of the common side, at least 16 px. */
export function mergeGap(common: number): number {
  return Math.max(16, Math.round(common * 0.02));
}

/**
 * Where each part goes: `stack` scales every part to the narrowest part's width and puts them
 * one under the other; `row` scales to the lowest part's height, side by side. Parts are only
 * ever made smaller (the narrowest sets the width), never enlarged.
 */
export function mergeLayout(
  parts: readonly { readonly width: number; readonly height: number }[],
  layout: MergeLayout,
): {
  width: number;
  height: number;
  boxes: { left: number; top: number; width: number; height: number }[];
} {
  const boxes: { left: number; top: number; width: number; height: number }[] = [];
  if (layout === 'stack') {
    const width = Math.min(...parts.map((p) => p.width));
    const gap = mergeGap(width);
    let top = 0;
    for (const p of parts) {
      const height = Math.max(1, Math.round((p.height * width) / p.width));
      boxes.push({ left: 0, top, width, height });
      top += height + gap;
    }
    return { width, height: top - gap, boxes };
  }
  const height = Math.min(...parts.map((p) => p.height));
  const gap = mergeGap(height);
  let left = 0;
  for (const p of parts) {
    const width = Math.max(1, Math.round((p.width * height) / p.height));
    boxes.push({ left, top: 0, width, height });
    left += width + gap;
  }
  return { width: left - gap, height, boxes };
}

/** The parts on one white canvas (guide 一: 多张证明的需要合并到一张图片中). */
export async function mergePixels(parts: readonly Pixels[], layout: MergeLayout): Promise<Pixels> {
  const plan = mergeLayout(parts, layout);
  const inputs = await Promise.all(
    parts.map(async (p, i) => {
      const box = plan.boxes[i]!;
      const resized =
        box.width === p.width && box.height === p.height
          ? p.data
          : await raw(p).resize(box.width, box.height, { fit: 'fill' }).raw().toBuffer();
      return {
        input: resized,
        raw: { width: box.width, height: box.height, channels: 3 as const },
        left: box.left,
        top: box.top,
      };
    }),
  );
  // Compositing adds an alpha channel; the canvas is opaque, so it goes again.
  const { data, info } = await sharp({
    create: { width: plan.width, height: plan.height, channels: 3, background: '#ffffff' },
  })
    .composite(inputs)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`unexpected ${info.channels} channels`);
  return { data, width: plan.width, height: plan.height };
}

export interface Encoded {
  readonly bytes: Buffer;
  readonly quality: number;
  readonly width: number;
  readonly height: number;
  readonly miss?: 'over' | 'under';
}

export interface FitOptions {
  /**
   * The smallest long side the image may be reduced to (MIN_LONG_SIDE for one image; for a
   * merge, the size at which its smallest part still keeps MIN_LONG_SIDE).
   */
  readonly minLong?: number;
}

/**
 * A baseline JPEG inside the target, by the order the issue sets: the preferred quality when it
 * fits; else the highest quality from 60 up that fits (binary search); else, only when quality
 * 60 is too large, the largest size that fits at 60 (never under `minLong` on the long side),
 * then again the highest quality at that size. A file that comes out too small is re-encoded at
 * up to the highest quality only when `target.mayRaise`. Never enlarged, never padded.
 */
export async function encodeToFit(
  px: Pixels,
  target: SizeTarget,
  options: FitOptions = {},
): Promise<Encoded> {
  const full = Math.max(px.width, px.height);
  const encode = async (quality: number, long: number): Promise<Encoded> => {
    const pipeline =
      long >= full
        ? raw(px)
        : raw(px).resize({
            width: Math.max(1, Math.round((px.width * long) / full)),
            height: Math.max(1, Math.round((px.height * long) / full)),
            fit: 'fill',
          });
    // The encoder's Huffman optimisation holds the whole image's coefficients (measured: ~6
    // bytes a pixel with the pipeline's buffers), counted with the decodes in flight.
    const pixels = (px.width * px.height * Math.min(long, full) ** 2) / full ** 2;
    const { data, info } = await DECODE_MEMORY.run(pixels * 6, () =>
      pipeline.jpeg({ quality, chromaSubsampling: '4:2:0' }).toBuffer({ resolveWithObject: true }),
    );
    return { bytes: data, quality, width: info.width, height: info.height };
  };
  const max = target.maxBytes ?? Infinity;
  const fits = (e: Encoded) => e.bytes.length <= max;

  const preferred = await encode(QUALITY.preferred, full);
  if (fits(preferred)) {
    if (preferred.bytes.length >= target.minBytes) return preferred;
    if (!target.mayRaise) return { ...preferred, miss: 'under' };
    const raised = await encode(QUALITY.highest, full);
    if (!fits(raised)) return { ...preferred, miss: 'under' };
    return raised.bytes.length >= target.minBytes ? raised : { ...raised, miss: 'under' };
  }

  let long = full;
  let low = await encode(QUALITY.lowest, full);
  if (!fits(low)) {
    const floor = Math.min(full, Math.max(options.minLong ?? MIN_LONG_SIDE, 1));
    const atFloor = floor < full ? await encode(QUALITY.lowest, floor) : low;
    if (!fits(atFloor)) return { ...atFloor, miss: 'over' };
    // The largest long side (to within 1 %) at which quality 60 fits.
    let fitsAt = floor;
    let tooBig = full;
    low = atFloor;
    while (tooBig - fitsAt > Math.max(8, Math.round(tooBig * 0.01))) {
      const mid = Math.round((fitsAt + tooBig) / 2);
      const e = await encode(QUALITY.lowest, mid);
      if (fits(e)) {
        fitsAt = mid;
        low = e;
      } else tooBig = mid;
    }
    long = fitsAt;
    const top = await encode(QUALITY.preferred, long);
    if (fits(top)) return top;
  }
  // The highest quality in (60, preferred) that fits at this size.
  let best = low;
  let lo: number = QUALITY.lowest;
  let hi: number = QUALITY.preferred;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const e = await encode(mid, long);
    if (fits(e)) {
      lo = mid;
      best = e;
    } else hi = mid;
  }
  return best;
}
