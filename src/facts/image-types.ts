/**
 * Facts about one image file, gathered by src/facts/image.ts: cheapest first (magic bytes, the
 * file's tail, the header), pixels only when a rule needs them and the file passed the header
 * checks of its material. Rules read these; they never open the file.
 */

import type { ImageFormat } from '../platform/formats.js';
import type { SealStats } from './image/seal.js';

export type { ImageFormat } from '../platform/formats.js';
export type { SealStats } from './image/seal.js';

/**
 * Pixels are analysed on a copy that fits in this box (long side), never enlarged. 413 is the
 * platform's minimum photo height: the blur and upscaling measures ask "does the photo hold the
 * detail of a real 295×413 photo?", so they are measured at that size whatever the file's own.
 */
export const ANALYSIS_BOX = 413;

/** An attachment's pixels are read for its colour only: a smaller copy is enough. */
export const COLOUR_BOX = 256;

export type ImageRole = 'photo' | 'attachment';

/** What pixels are decoded for: everything (the standard photo), or the colour only (attachments). */
export type PixelScope = 'photo' | 'colour';

/** Where a JPEG's end-of-image marker (FF D9) is. */
export type JpegEnd =
  /** Found after the first start-of-scan; `trailingBytes` follow it. */
  | { readonly found: true; readonly trailingBytes: number }
  /** No FF D9 after the start of the scan data: the file is cut short. */
  | { readonly found: false };

export interface ImageHeader {
  /** As stored. */
  readonly width: number;
  readonly height: number;
  /** As displayed, after the EXIF orientation. */
  readonly displayWidth: number;
  readonly displayHeight: number;
  /** EXIF orientation 1–8, when the file has one. */
  readonly orientation?: number;
  /** libvips interpretation: `srgb`, `b-w`, `cmyk`, `rgb16`, `grey16` … */
  readonly space: string;
  readonly channels: number;
  /** `uchar` (8 bits per sample), `ushort` (16) … */
  readonly depth: string;
  /** Pixels per inch, when stored. */
  readonly density?: number;
  readonly hasAlpha: boolean;
  /** GPS position from EXIF, when the file carries one. */
  readonly gps?: { readonly latitude: number; readonly longitude: number };
}

/** Mean colour and evenness of the border band (top, left and right edges; not the bottom). */
export interface BackgroundStats {
  /** Mean colour of the band's dominant tone (pixels within ±24 of the median brightness: hair or a shoulder reaching the edge does not count). */
  readonly r: number;
  readonly g: number;
  readonly b: number;
  /** Mean luma (0.299 R + 0.587 G + 0.114 B) of those pixels. */
  readonly brightness: number;
  /** Largest minus smallest channel of the mean colour: 0 for neutral white or grey. */
  readonly tint: number;
  /** Share of band pixels in the dominant tone, 0–1 (low for a scene, a shadow, a busy wall). */
  readonly coverage: number;
  /** Standard deviation of brightness within the dominant tone. */
  readonly deviation: number;
  /** Mean brightness of each band's dominant-tone pixels. */
  readonly bands: { readonly top: number; readonly left: number; readonly right: number };
}

export interface PixelStats {
  /** Size of the analysed copy (fits in ANALYSIS_BOX, or COLOUR_BOX for the colour only). */
  readonly width: number;
  readonly height: number;
  /** Standard photo only, like the sharpness and fine-detail measures. */
  readonly background?: BackgroundStats;
  /**
   * Channel spread (max − min of R, G, B per pixel): percentiles over the whole image. A grey
   * image, even one stored as RGB, stays near 0; a colour portrait's skin reaches 30 and more.
   */
  readonly colour: { readonly p99: number; readonly p999: number };
  /** Attachments only (colour scope): the red seal search of `image/seal.ts` (document/seal). */
  readonly seal?: SealStats;
  /** Variance of the Laplacian on a contrast-normalised greyscale copy, central region. */
  readonly sharpness?: number;
  /**
   * Energy of the finest octave (image − its [1 2 1]/4 blur, a Gaussian of σ ≈ 0.71) over that of
   * the next (once − twice blurred, σ ≈ 0.71 → 1),
   * central region. Enlarging a small picture empties the finest octave; absent when the region is flat.
   */
  readonly fineDetail?: number;
}

export type DecodeError = {
  /** `truncated`: the file ends early; `corrupt`: the decoder refused it. */
  readonly kind: 'truncated' | 'corrupt';
  /** The decoder's words; empty when `marker` says what is wrong. */
  readonly detail: string;
  /** Which end marker the file lacks, as a code worded in src/messages/terms.ts. */
  readonly marker?: 'jpeg-eoi' | 'png-iend';
};

/** A file whose decoder must hold the whole image at once, over DECODE_BUDGET_BYTES. */
export interface HeavyDecode {
  /** Why: a progressive JPEG's coefficients, an interlaced PNG's samples, or a format decoded whole (GIF, WebP, TIFF, AVIF). */
  readonly kind: 'progressive' | 'interlaced' | 'whole';
  /** Estimated bytes the decoder holds. */
  readonly bytes: number;
  /** The pixel statistics wanted and not measured because of it (absent: none were wanted). */
  readonly skipped?: PixelScope;
}

export interface ImageFacts {
  /** Real format by magic bytes; `unknown` when the content is no image format we know (HTML, text, garbage). */
  readonly format: ImageFormat | 'unknown';
  /** The name's extension, lower case, without the dot (`''` when none). */
  readonly extension: string;
  readonly bytes: number;
  /** The first bytes in hex (`3C 21 44 4F …`), to name what an unknown file is. */
  readonly head: string;
  /** JPEG only: where the end-of-image marker is (absent when the tail was not searched to the scan start). */
  readonly jpegEnd?: JpegEnd;
  /** Absent when the format is not one sharp reads (HEIC, PDF) or the header could not be read. */
  readonly header?: ImageHeader;
  /** Over MAX_PIXELS: pixels were not decoded. */
  readonly tooLarge: boolean;
  readonly decodeError?: DecodeError;
  /** Decoding would hold more than DECODE_BUDGET_BYTES: neither check nor fix decodes it. */
  readonly heavy?: HeavyDecode;
  /** Present only when a rule needs pixels and the file passed its material's header checks. */
  readonly pixels?: PixelStats;
}
