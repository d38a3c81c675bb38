import type { ImageFormat } from './formats.js';

/**
 * The upload limits of the platform (guide 一), read by the rules that pass or fail a file, by
 * the image facts (which decode pixels only for a file these limits accept) and by `fix`.
 * KB = 1024 bytes.
 */

/** What the platform asks of the standard photo (guide 一（二）: jpg, ≥ 10KB, ≥ 295×413 px). */
export const PHOTO_LIMITS = {
  extensions: ['jpg', 'jpeg'],
  minBytes: 10 * 1024,
  minWidth: 295,
  minHeight: 413,
} as const;

/** Other images (guide 一, last paragraph): jpg or png, more than 20 KB, at most 500 KB. */
export const ATTACHMENT_LIMITS = {
  formats: ['jpeg', 'png'] as readonly ImageFormat[],
  /** The extensions the upload accepts for each. */
  extensions: { jpeg: ['jpg', 'jpeg'], png: ['png'] } as Readonly<
    Partial<Record<ImageFormat, readonly string[]>>
  >,
  /** 20 KB or less is refused. */
  minBytesExclusive: 20 * 1024,
  maxBytes: 500 * 1024,
} as const;

/** The standard photo's content is JPEG and its name says so (`.jpg`/`.jpeg`): what photo/format asks. */
export function isPhotoFormat(format: ImageFormat | 'unknown', extension: string): boolean {
  return format === 'jpeg' && (PHOTO_LIMITS.extensions as readonly string[]).includes(extension);
}

/** An attachment's content is JPEG or PNG and its name says so (`.jpg`/`.jpeg`/`.png`). */
export function isAttachmentFormat(format: ImageFormat | 'unknown', extension: string): boolean {
  if (format === 'unknown') return false;
  return ATTACHMENT_LIMITS.extensions[format]?.includes(extension) ?? false;
}

/** More than 20 KB and at most 500 KB: what attachment/size asks. */
export function isAttachmentSize(bytes: number): boolean {
  return bytes > ATTACHMENT_LIMITS.minBytesExclusive && bytes <= ATTACHMENT_LIMITS.maxBytes;
}

// The checker's own limits, not the platform's: what it decodes at all (file/too-large).

/** Over this many pixels a file is not decoded (file/too-large): a decompression bomb or no real scan. */
export const MAX_PIXELS = 100_000_000;

/**
 * The most memory one decode may hold, and all decodes in flight together (a process-wide gate,
 * whatever `--jobs`): with the ~100 MB the process needs anyway, a check or batch stays under
 * ~250 MB peak RSS. A baseline JPEG or a plain PNG is decoded in strips and costs little at any
 * size; a progressive JPEG holds every DCT coefficient of the whole image (measured: 3 bytes per
 * pixel at 4:2:0, 6 at 4:4:4) and an interlaced PNG every sample (channels × bytes per sample),
 * so a 99.8 MP progressive photo of 1 MB needs 300–600 MB. Over the budget, such a file's pixels
 * are not decoded (ImageFacts.heavy; docs/benchmark.md, "Memory").
 */
export const DECODE_BUDGET_BYTES = 96 * 1024 * 1024;

/**
 * What `fix` works on at most: a larger image is shrunk on load to this many pixels. Its RGB copy
 * (3 bytes a pixel) is held while the file is encoded, and the JPEG encoder holds about 6 bytes a
 * pixel more (Huffman optimisation keeps every coefficient): 13 MP keeps a 12 MP phone photo
 * (4032×3024) as it is and `fix` under ~220 MB.
 */
export const FIX_MAX_PIXELS = 13_000_000;
