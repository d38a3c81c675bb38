/**
 * What decoding a file would cost and whether it is worth it, decided from its header alone:
 * pure, no sharp, no file.
 */
import type { Metadata } from 'sharp';
import {
  PHOTO_LIMITS,
  isAttachmentFormat,
  isAttachmentSize,
  isPhotoFormat,
} from '../../platform/limits.js';
import {
  type HeavyDecode,
  type ImageFacts,
  type ImageRole,
  type PixelScope,
} from '../image-types.js';

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
    isPhotoFormat(facts.format, facts.extension) &&
    facts.bytes >= PHOTO_LIMITS.minBytes &&
    h.displayWidth >= PHOTO_LIMITS.minWidth &&
    h.displayHeight >= PHOTO_LIMITS.minHeight
  )
    return 'photo';
  return roles.has('attachment') &&
    isAttachmentFormat(facts.format, facts.extension) &&
    isAttachmentSize(facts.bytes)
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
