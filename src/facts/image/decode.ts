/**
 * Decoding with sharp: its set-up, the process-wide bounds on decodes in flight (a count and the
 * memory they hold), and one shrink-on-load decode measured by `pixel-stats.ts`.
 */
import os from 'node:os';
import sharp from 'sharp';
import { DECODE_BUDGET_BYTES, MAX_PIXELS } from '../../platform/limits.js';
import {
  ANALYSIS_BOX,
  COLOUR_BOX,
  type ImageFormat,
  type PixelScope,
  type PixelStats,
} from '../image-types.js';
import { Limiter } from '../../util/limiter.js';
import { MemoryGate } from '../../util/memory-gate.js';
import { analysePixels, orient } from './pixel-stats.js';

/*
 * Measured on the 2-core machine (docs/image-performance.md): many small jobs run
 * best with one libvips thread per job and no operation cache; parallelism comes from several
 * files in flight, which needs UV_THREADPOOL_SIZE ≥ files in flight (the CLI sets it).
 */
let configured = false;
export function configureSharp(): void {
  if (configured) return;
  sharp.concurrency(1);
  sharp.cache(false);
  configured = true;
}

/**
 * Pixel decodes in flight in this process unless the caller brings its own limiter (`batch` sizes
 * one from `--jobs`): memory stays bounded in a batch. Headers are cheap and not limited here.
 */
const DEFAULT_DECODES = new Limiter(Math.max(2, os.availableParallelism()));

/**
 * The memory of the decodes in flight in this process, estimated from their headers
 * (`decodeMemory`): check, batch (whatever `--jobs`) and fix all pass through it.
 */
export const DECODE_MEMORY = new MemoryGate(DECODE_BUDGET_BYTES);

/** Formats the bundled libvips reads (prebuilt sharp has no HEIC, PDF or BMP loader). */
export const SHARP_READS: ReadonlySet<ImageFormat> = new Set([
  'jpeg',
  'png',
  'webp',
  'gif',
  'tiff',
  'avif',
]);

/**
 * One shrink-on-load decode into a copy that fits ANALYSIS_BOX (COLOUR_BOX when only the colour
 * is wanted; a 12 MP JPEG is decoded at 1/8 by libjpeg), transparent parts on white, in sRGB
 * 8-bit whatever the file (CMYK, 16-bit, grey). The EXIF orientation is applied to the small
 * copy, not in libvips: rotating there can force a whole-image buffer.
 */
export async function measurePixels(
  input: string | Buffer,
  options: {
    readonly orientation?: number;
    readonly scope?: PixelScope;
    /** Bounds the libvips decodes in flight (the statistics run after the slot is freed). */
    readonly decodes?: Limiter;
    /** Estimated bytes the decode holds (`decodeMemory`), counted against DECODE_MEMORY. */
    readonly memory?: number;
  } = {},
): Promise<PixelStats> {
  configureSharp();
  const scope = options.scope ?? 'photo';
  const box = scope === 'photo' ? ANALYSIS_BOX : COLOUR_BOX;
  // Only the decode holds a slot: the statistics below run on the main thread, and a slot held
  // through them would leave a core idle while another decode waits (docs/benchmark.md).
  const { data, info } = await (options.decodes ?? DEFAULT_DECODES).run(() =>
    DECODE_MEMORY.run(options.memory ?? 0, () =>
      sharp(input, {
        failOn: 'error',
        limitInputPixels: MAX_PIXELS,
        sequentialRead: true,
      })
        .resize({ width: box, height: box, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .toColourspace('srgb')
        .raw({ depth: 'uchar' })
        .toBuffer({ resolveWithObject: true }),
    ),
  );
  // The colour spread does not depend on which way up the picture is.
  if (scope === 'colour') return analysePixels(data, info.width, info.height, info.channels, scope);
  const oriented = orient(data, info.width, info.height, info.channels, options.orientation ?? 1);
  return analysePixels(oriented.data, oriented.width, oriented.height, info.channels);
}

/**
 * The decoder's message on one line: libvips repeats itself over several. libvips keeps its
 * messages in one buffer for the whole process, and now and then sharp finds it already emptied
 * by another thread (`Input buffer has corrupt header:` and nothing after): then `missing` says
 * what failed.
 */
export function errorText(error: unknown, missing?: string): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = [...new Set(text.split('\n').map((l) => l.trim()))].filter((l) => l !== '');
  const joined = lines.join(' ');
  const bare = missing !== undefined && (joined === '' || joined.endsWith(':'));
  return (bare ? `${joined} ${missing}`.trim() : joined).slice(0, 200);
}
