import type { Finding } from '../engine/types.js';
import type { ImageFormat } from '../platform/formats.js';

/**
 * What `ausm-check fix` aims at for a file it writes. The platform's limits (guide 一) are the
 * `floor`/`ceiling`; the aims leave a margin inside them, because the platform does not say
 * whether its KB is 1000 or 1024 bytes (rules.md, attachment/size-margin).
 */
export interface SizeTarget {
  /** Aim: at least this many bytes. */
  readonly minBytes: number;
  /** Aim: at most this many bytes; absent for the standard photo, which has no upper limit. */
  readonly maxBytes?: number;
  /** The platform's lower limit: a losslessly cleaned file this large is kept as it is. */
  readonly floor: number;
  /** The platform's upper limit (the stricter reading, 1000-byte KB). */
  readonly ceiling?: number;
  /**
   * A re-encode may go up to the highest quality to reach `minBytes`: the file has enough pixels
   * that the bytes are real detail, not bytes added to pass a size check.
   */
  readonly mayRaise: boolean;
}

/** How the parts of a merged material are laid out: one under the other, or side by side. */
export type MergeLayout = 'stack' | 'row';

/** One thing done to a file, in the order a person would read it. */
export type FixStep =
  /** Another format (PNG, WebP …) re-encoded as JPEG. */
  | { readonly kind: 'convert'; readonly from: ImageFormat }
  /** The content is right but the extension is not: renamed, the bytes kept. */
  | { readonly kind: 'rename'; readonly from: string; readonly to: 'jpg' | 'png' }
  /** EXIF orientation 2–8 applied to the pixels. */
  | { readonly kind: 'orient'; readonly orientation: number }
  /** CMYK, 16 bits per sample, or transparency turned into 8-bit sRGB on white. */
  | { readonly kind: 'srgb'; readonly from: 'cmyk' | '16-bit' | 'alpha' }
  /** Every metadata segment removed (EXIF, XMP, GPS, comments, thumbnails). */
  | { readonly kind: 'strip'; readonly gps: boolean }
  /** Bytes after the JPEG end-of-image marker removed. */
  | { readonly kind: 'trailing'; readonly bytes: number }
  /** Recompressed to at most the target: quality first, size only when quality 60 is not enough. */
  | { readonly kind: 'shrink'; readonly bytes: number; readonly maxBytes: number }
  /** Re-encoded at a higher quality to reach the minimum size. */
  | { readonly kind: 'raise'; readonly bytes: number; readonly minBytes: number }
  /** Several files of one material put into one image. */
  | {
      readonly kind: 'merge';
      readonly layout: MergeLayout;
      readonly width: number;
      readonly height: number;
    };

/** How a file is written: byte for byte, with metadata cut out of the bytes, or re-encoded. */
export type FixMethod = 'copy' | 'lossless' | 'encode';

/** One file written into OUT. */
export interface FileJob {
  /** Names in DIR: one, or the parts of a merge in their profile order. */
  readonly inputs: readonly string[];
  /** Name in OUT (may include a sub-folder, as the profile names it). */
  readonly output: string;
  readonly method: FixMethod;
  readonly steps: readonly FixStep[];
  readonly target: SizeTarget;
  /** The findings this job is meant to resolve. */
  readonly fixes: readonly Finding[];
  /** Profile fields whose material this file is. */
  readonly fields: readonly string[];
  /** The real format of the single input (merges are always re-encoded). */
  readonly format?: ImageFormat;
}

/** Why a finding is left to the person, as a key of the advice in src/messages/fix.ts. */
export type AdviceKey =
  | 'never-enlarge'
  | 'white-background'
  | 'colour-photo'
  | 'retake-sharp'
  | 'original-photo'
  | 'crop-yourself'
  | 'portrait'
  | 'no-padding'
  | 'colour-scan'
  | 'rescan'
  | 'export-image'
  | 'original-file'
  | 'too-large-file'
  | 'merge-blocked'
  | 'merge-by-hand'
  | 'does-not-fit'
  | 'too-little-detail'
  | 'retake-head'
  | 'rule-hint';

/** A finding fix does not resolve, and what the person does instead. */
export interface Unfixable {
  readonly finding: Finding;
  readonly advice: AdviceKey;
  /** `{file}` for merge-blocked: the part that stops the merge. */
  readonly args?: Readonly<Record<string, string>>;
}

/** A profile field to point at the new file names. */
export interface ProfileEdit {
  readonly path: string;
  readonly value: string | readonly string[];
}

export interface FixPlan {
  readonly jobs: readonly FileJob[];
  readonly unfixable: readonly Unfixable[];
  readonly profileEdits: readonly ProfileEdit[];
}

/** What was actually written for one job. */
export interface JobOutcome {
  readonly job: FileJob;
  /** A lossless job falls back to a re-encode when the cleaned file leaves the size limits. */
  readonly method: FixMethod;
  readonly bytes: number;
  /** JPEG quality of a re-encode. */
  readonly quality?: number;
  /** Below 1 when the image had to be made smaller to fit. */
  readonly scale?: number;
  /** The re-encode could not reach the target (the re-check then reports the size). */
  readonly miss?: 'over' | 'under';
  /** The decoder refused the pixels: the file was copied as it is. */
  readonly error?: string;
}
