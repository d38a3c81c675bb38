import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import exifReader from 'exif-reader';
import sharp, { type Metadata } from 'sharp';
import {
  ATTACHMENT_LIMITS,
  DECODE_BUDGET_BYTES,
  MAX_PIXELS,
  PHOTO_LIMITS,
  isAttachmentFormat,
} from '../platform/limits.js';
import {
  ANALYSIS_BOX,
  COLOUR_BOX,
  type BackgroundStats,
  type DecodeError,
  type HeavyDecode,
  type ImageFacts,
  type ImageFormat,
  type ImageHeader,
  type ImageRole,
  type JpegEnd,
  type PixelScope,
  type PixelStats,
} from './image-types.js';
import { Limiter } from '../util/limiter.js';
import { MemoryGate } from '../util/memory-gate.js';
import { openRegularFile } from './folder.js';

/*
 * Measured on the 2-core machine (docs/image-performance.md): many small jobs run
 * best with one libvips thread per job and no operation cache; parallelism comes from several
 * files in flight, which needs UV_THREADPOOL_SIZE ≥ files in flight (the CLI sets it).
 */
let configured = false;
function configureSharp(): void {
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

/** Enough for the segments before a JPEG's scan data (EXIF is at most 64 KB) in nearly every file. */
const HEAD_BYTES = 80 * 1024;
const TAIL_CHUNK = 64 * 1024;
/** The tail is searched for the JPEG end marker back to the scan start, but no further than this. */
const TAIL_SEARCH_LIMIT = 16 * 1024 * 1024;
/** Formats the bundled libvips reads (prebuilt sharp has no HEIC, PDF or BMP loader). */
const SHARP_READS: ReadonlySet<ImageFormat> = new Set([
  'jpeg',
  'png',
  'webp',
  'gif',
  'tiff',
  'avif',
]);

export interface GatherOptions {
  /** File size from the probe (stat) that found the file readable. */
  readonly size: number;
  /** What the file is used as: decides whether its pixels are worth decoding. */
  readonly roles: ReadonlySet<ImageRole>;
  /** Bounds the pixel decodes in flight; by default one limiter for the process, `max(2, cores)`. */
  readonly decodes?: Limiter;
  /** The file already opened inside the applicant folder (`openInFolder`): read through this handle and this real path, left open. */
  readonly opened?: { readonly handle: FileHandle; readonly path: string };
}

/**
 * Gathers one file's image facts, cheapest first: magic bytes, the JPEG/PNG end marker, the header
 * (sharp metadata, EXIF), and pixels only when a role needs them and the header passes that role's
 * checks. Never throws for a bad file: a truncated or corrupt one gets `decodeError`.
 */
export async function gatherImageFacts(file: string, options: GatherOptions): Promise<ImageFacts> {
  configureSharp();
  const extension = path.extname(file).slice(1).toLowerCase();
  const bytes = options.size;
  let fh: FileHandle | undefined;
  let head: Buffer;
  let format: ImageFormat | undefined;
  let jpegEnd: JpegEnd | undefined;
  let scanStart = Infinity;
  let structureError: DecodeError | undefined;
  try {
    fh = options.opened?.handle ?? (await openRegularFile(file));
    head = Buffer.allocUnsafe(Math.min(bytes, HEAD_BYTES));
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    head = head.subarray(0, bytesRead);
    format = sniffFormat(head);
    if (format === 'jpeg') {
      scanStart = await findScanStart(fh, head, bytes);
      jpegEnd = await findJpegEnd(fh, scanStart, bytes);
      if (jpegEnd?.found === false)
        structureError = { kind: 'truncated', detail: 'no JPEG end-of-image marker (FF D9)' };
    } else if (format === 'png' && !(await hasPngEnd(fh, bytes)))
      structureError = { kind: 'truncated', detail: 'no PNG IEND chunk' };
  } catch (error) {
    return {
      format: 'unknown',
      extension,
      bytes,
      head: '',
      tooLarge: false,
      decodeError: { kind: 'corrupt', detail: errorText(error) },
    };
  } finally {
    if (!options.opened) await fh?.close().catch(() => {});
  }
  const source = options.opened?.path ?? file;
  const base = { extension, bytes, head: hex(head.subarray(0, 8)) };
  if (format === undefined) return { ...base, format: 'unknown', tooLarge: false };
  if (!SHARP_READS.has(format))
    return {
      ...base,
      format,
      tooLarge: false,
      ...(structureError ? { decodeError: structureError } : {}),
    };

  let header: ImageHeader;
  let memory: DecodeMemory;
  try {
    // The limit is off for the header only, so that a bomb's dimensions can be reported. When
    // a JPEG's header segments all lie in the bytes already read, libvips reads them from memory
    // (a third less time than opening the file again).
    const input = scanStart <= head.length ? head : source;
    const metadata = await sharp(input, { limitInputPixels: false }).metadata();
    header = toHeader(metadata);
    memory = decodeMemory(format, metadata);
  } catch (error) {
    return {
      ...base,
      format,
      ...(jpegEnd ? { jpegEnd } : {}),
      tooLarge: false,
      decodeError: structureError ?? {
        kind: 'corrupt',
        detail: errorText(error, `${format.toUpperCase()} header unreadable`),
      },
    };
  }
  const tooLarge = header.width * header.height > MAX_PIXELS;
  const heavy: HeavyDecode | undefined =
    !tooLarge && memory.kind !== undefined && memory.bytes > DECODE_BUDGET_BYTES
      ? { kind: memory.kind, bytes: memory.bytes }
      : undefined;
  const facts = {
    ...base,
    format,
    ...(jpegEnd ? { jpegEnd } : {}),
    header,
    tooLarge,
    ...(structureError ? { decodeError: structureError } : {}),
    ...(heavy ? { heavy } : {}),
  };
  const scope = tooLarge || structureError ? undefined : pixelsWanted(facts, options.roles);
  if (!scope) return facts;
  // Decoding it would hold hundreds of MB (a 1 MB progressive photo of 100 MP): the header
  // rules still speak, the pixel rules cannot, and file/too-large says so.
  if (heavy) return { ...facts, heavy: { ...heavy, skipped: scope } };
  try {
    const pixels = await measurePixels(source, {
      orientation: header.orientation,
      scope,
      memory: memory.bytes,
      ...(options.decodes ? { decodes: options.decodes } : {}),
    });
    return { ...facts, pixels };
  } catch (error) {
    const detail = errorText(error, `${format.toUpperCase()} data unreadable`);
    return {
      ...facts,
      decodeError: {
        kind: /premature|truncat|end of (file|input|stream)|unexpected end/i.test(detail)
          ? 'truncated'
          : 'corrupt',
        detail,
      },
    };
  }
}

/**
 * Which pixel statistics a file is worth decoding for: only a file that its material's header
 * checks accept (a photo that photo/format, photo/min-size and photo/min-pixels pass: everything;
 * an attachment that attachment/format and attachment/size pass: its colour only). A file that
 * must be replaced anyway is not decoded: most of a check's time is decoding (docs/image-performance.md).
 */
export function pixelsWanted(
  facts: Pick<ImageFacts, 'format' | 'extension' | 'bytes' | 'header'>,
  roles: ReadonlySet<ImageRole>,
): PixelScope | undefined {
  const h = facts.header;
  if (!h) return undefined;
  if (
    roles.has('photo') &&
    facts.format === 'jpeg' &&
    (PHOTO_LIMITS.extensions as readonly string[]).includes(facts.extension) &&
    facts.bytes >= PHOTO_LIMITS.minBytes &&
    h.displayWidth >= PHOTO_LIMITS.minWidth &&
    h.displayHeight >= PHOTO_LIMITS.minHeight
  )
    return 'photo';
  return roles.has('attachment') &&
    isAttachmentFormat(facts.format, facts.extension) &&
    facts.bytes > ATTACHMENT_LIMITS.minBytesExclusive &&
    facts.bytes <= ATTACHMENT_LIMITS.maxBytes
    ? 'colour'
    : undefined;
}

/** What decoding a file holds in memory at once, estimated from its header. */
export interface DecodeMemory {
  /** Set when the decoder holds the whole image, whatever size it is shrunk to. */
  readonly kind?: HeavyDecode['kind'];
  readonly bytes: number;
}

/**
 * The memory a decode to a small copy needs, from the header (measured with sharp 0.35 /
 * libvips 8.18, docs/benchmark.md "Memory"). A baseline JPEG is shrunk on load by libjpeg and a
 * plain PNG is read in strips: little at any size. A progressive JPEG keeps the whole image's DCT
 * coefficients (2 bytes per sample: 3 bytes per pixel at 4:2:0, 6 at 4:4:4); an interlaced PNG
 * all its samples; GIF, WebP, TIFF and AVIF are counted as decoded whole.
 */
export function decodeMemory(
  /** An ImageFormat, or the name sharp's metadata gives (`jpeg`, `png`, `webp`, `heif` …). */
  format: string,
  m: Pick<Metadata, 'width' | 'height' | 'channels' | 'depth' | 'isProgressive'> & {
    readonly chromaSubsampling?: string;
  },
): DecodeMemory {
  const width = m.width ?? 0;
  const pixels = width * (m.height ?? 0);
  const channels = m.channels ?? 4;
  const sample = sampleBytes(m.depth);
  if (format === 'jpeg')
    return m.isProgressive
      ? {
          kind: 'progressive',
          bytes: Math.ceil(pixels * 2 * jpegSamplesPerPixel(channels, m.chromaSubsampling)),
        }
      : { bytes: Math.ceil((pixels * channels) / 64) };
  if (format === 'png')
    return m.isProgressive
      ? { kind: 'interlaced', bytes: pixels * channels * sample }
      : // Measured: 42 MB more for an 8640-px-wide RGB PNG shrunk to 256 px.
        { bytes: width * channels * sample * 1536 };
  return { kind: 'whole', bytes: pixels * Math.max(channels, 3) * sample };
}

/** Samples per pixel of a JPEG's components: 1.5 at 4:2:0, 3 at 4:4:4, 4 for CMYK. */
function jpegSamplesPerPixel(channels: number, subsampling: string | undefined): number {
  if (channels < 3) return channels;
  const m = /^4:([124]):([0124])/.exec(subsampling ?? '');
  const chroma = m ? (Number(m[1]) / 4) * (m[2] === '0' ? 0.5 : 1) : 1;
  return 1 + 2 * chroma + (channels - 3);
}

function sampleBytes(depth: string | undefined): number {
  switch (depth) {
    case 'char':
    case 'uchar':
    case undefined:
      return 1;
    case 'short':
    case 'ushort':
      return 2;
    case 'double':
    case 'complex':
      return 8;
    case 'dpcomplex':
      return 16;
    default:
      return 4;
  }
}

/** The real format by the first bytes. */
export function sniffFormat(head: Uint8Array): ImageFormat | undefined {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a)
    return 'png';
  if (
    b.length >= 12 &&
    b.toString('latin1', 0, 4) === 'RIFF' &&
    b.toString('latin1', 8, 12) === 'WEBP'
  )
    return 'webp';
  if (b.length >= 12 && b.toString('latin1', 4, 8) === 'ftyp') {
    const boxSize = Math.min(b.readUInt32BE(0), b.length);
    const brands = [b.toString('latin1', 8, 12)];
    for (let i = 16; i + 4 <= boxSize; i += 4) brands.push(b.toString('latin1', i, i + 4));
    if (brands.some((x) => x === 'avif' || x === 'avis')) return 'avif';
    if (brands.some((x) => /^(heic|heix|hevc|hevx|heim|heis|hevm|hevs|mif1|msf1)$/.test(x)))
      return 'heic';
    return undefined;
  }
  const ascii = b.toString('latin1', 0, Math.min(b.length, 8));
  if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a')) return 'gif';
  if (ascii.startsWith('%PDF-')) return 'pdf';
  if (ascii.startsWith('II*\0') || ascii.startsWith('MM\0*')) return 'tiff';
  if (ascii.startsWith('BM') && b.length >= 14 && b.readUInt32LE(2) > 14) return 'bmp';
  return undefined;
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** Offset of the first start-of-scan marker (FF DA), walking the segments from the start. */
async function findScanStart(fh: FileHandle, head: Buffer, size: number): Promise<number> {
  let pos = 2;
  for (let segments = 0; segments < 1000 && pos + 4 <= size; segments++) {
    const bytes = pos + 4 <= head.length ? head.subarray(pos, pos + 4) : await readAt(fh, pos, 4);
    if (bytes.length < 4 || bytes[0] !== 0xff) return pos;
    const marker = bytes[1];
    if (marker === 0xff) {
      pos += 1;
      continue;
    }
    if (marker === 0xda) return pos;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    pos += 2 + bytes.readUInt16BE(2);
  }
  return Math.min(pos, size);
}

/**
 * The end-of-image marker after the scan data. A thumbnail's FF D9 (inside the EXIF segment,
 * before the scan) does not count, so a truncated photo is not mistaken for one with trailing data.
 */
async function findJpegEnd(
  fh: FileHandle,
  scanStart: number,
  size: number,
): Promise<JpegEnd | undefined> {
  const floor = Math.max(scanStart, size - TAIL_SEARCH_LIMIT);
  let end = size;
  // The marker is nearly always in the last bytes: a small read first, then larger chunks.
  let chunkSize = 4096;
  while (end > floor) {
    const start = Math.max(floor, end - chunkSize);
    chunkSize = TAIL_CHUNK;
    // One byte of overlap so a marker split across two chunks is still found.
    const chunk = await readAt(fh, start, Math.min(end + 1, size) - start);
    const at = chunk.lastIndexOf(EOI);
    if (at >= 0) return { found: true, trailingBytes: size - (start + at) - 2 };
    end = start;
  }
  return floor === scanStart ? { found: false } : undefined;
}
const EOI = Buffer.from([0xff, 0xd9]);

async function hasPngEnd(fh: FileHandle, size: number): Promise<boolean> {
  const length = Math.min(size, 4096);
  const tail = await readAt(fh, size - length, length);
  return tail.includes('IEND', 0, 'latin1');
}

function toHeader(m: Metadata): ImageHeader {
  const width = m.width ?? 0;
  const height = m.height ?? 0;
  const swapped = m.orientation !== undefined && m.orientation >= 5 && m.orientation <= 8;
  const gps = m.exif ? readGps(m.exif) : undefined;
  return {
    width,
    height,
    displayWidth: m.autoOrient?.width ?? (swapped ? height : width),
    displayHeight: m.autoOrient?.height ?? (swapped ? width : height),
    ...(m.orientation !== undefined ? { orientation: m.orientation } : {}),
    space: m.space ?? '',
    channels: m.channels ?? 0,
    depth: m.depth ?? '',
    ...(m.density !== undefined ? { density: m.density } : {}),
    hasAlpha: m.hasAlpha ?? false,
    ...(gps ? { gps } : {}),
  };
}

/** GPS latitude/longitude from an EXIF block; undefined when absent, malformed or 0,0 (no fix). */
export function readGps(block: Buffer): { latitude: number; longitude: number } | undefined {
  let info;
  try {
    info = exifReader(block).GPSInfo;
  } catch {
    return undefined;
  }
  const degrees = (v: unknown): number | undefined => {
    if (typeof v === 'number') return v;
    if (!Array.isArray(v) || v.length === 0) return undefined;
    const [d = 0, m = 0, s = 0] = v.map(Number);
    const value = d + m / 60 + s / 3600;
    return Number.isFinite(value) ? value : undefined;
  };
  const lat = degrees(info?.GPSLatitude);
  const lon = degrees(info?.GPSLongitude);
  if (lat === undefined || lon === undefined || (lat === 0 && lon === 0)) return undefined;
  return {
    latitude: info?.GPSLatitudeRef === 'S' ? -lat : lat,
    longitude: info?.GPSLongitudeRef === 'W' ? -lon : lon,
  };
}

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

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ');
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
