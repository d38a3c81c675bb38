import { ATTACHMENT_LIMITS, PHOTO_LIMITS } from '../platform/limits.js';
import { MIN_SHORT_SIDE } from '../rules/attachment/legibility.js';
import type { SizeTarget } from './types.js';

/**
 * The guide (一, last paragraph) says "大于20KB且不超过500KB" without saying whether a KB is
 * 1000 or 1024 bytes. An attachment fix writes is inside both readings with room to spare:
 * at most 480 000 bytes (480 KB even at 1000 bytes per KB) and at least 21 KiB.
 */
export const ATTACHMENT_AIM = { minBytes: 21 * 1024, maxBytes: 480_000 } as const;

/** The photo: "不小于 10KB" (guide 一（二）); 1 KiB of margin, and no upper limit. */
export const PHOTO_AIM = { minBytes: 11 * 1024 } as const;

export const QUALITY = {
  /** A re-encode with no size pressure: visually lossless for photos and scans. */
  preferred: 92,
  /**
   * The most a too-small file is raised to. Beyond 95 a JPEG mostly grows by encoding its own
   * noise exactly: bytes bought to pass a size check, which the guide's spirit forbids as much
   * as padding.
   */
  highest: 95,
  /** Below this a scan's text and stamp edges get visibly blocky: make the image smaller instead. */
  lowest: 60,
} as const;

/**
 * Never made smaller than this on the long side to fit 500 KB: an A4 page at 1200 px is about
 * 100 dpi, where small print and a stamp's text stay readable (attachment/legibility asks for
 * 600 px on the short side).
 */
export const MIN_LONG_SIDE = 1200;

/** The platform's own limits, in bytes (the stricter of the two KB readings). */
const PHOTO_FLOOR = PHOTO_LIMITS.minBytes;
const ATTACHMENT_FLOOR = ATTACHMENT_LIMITS.minBytesExclusive + 1;
const ATTACHMENT_CEILING = 500_000;

export interface Dimensions {
  readonly width: number;
  readonly height: number;
}

/**
 * Enough pixels that re-encoding at a higher quality is honest: the photo is at least 295×413 as
 * displayed (guide 一（二）); a scan has the short side attachment/legibility asks for. Below
 * that, more bytes would only dress up a picture that must be taken again.
 */
export function hasHonestPixels(role: 'photo' | 'attachment', size: Dimensions): boolean {
  return role === 'photo'
    ? size.width >= PHOTO_LIMITS.minWidth && size.height >= PHOTO_LIMITS.minHeight
    : Math.min(size.width, size.height) >= MIN_SHORT_SIDE;
}

/** The target for a file used as the photo, an attachment, or both (then inside both). */
export function sizeTarget(
  roles: { readonly photo: boolean; readonly attachment: boolean },
  size: Dimensions | undefined,
): SizeTarget {
  const honest = (role: 'photo' | 'attachment') =>
    size !== undefined && hasHonestPixels(role, size);
  if (roles.attachment)
    return {
      minBytes: Math.max(ATTACHMENT_AIM.minBytes, roles.photo ? PHOTO_AIM.minBytes : 0),
      maxBytes: ATTACHMENT_AIM.maxBytes,
      floor: Math.max(ATTACHMENT_FLOOR, roles.photo ? PHOTO_FLOOR : 0),
      ceiling: ATTACHMENT_CEILING,
      mayRaise: honest('attachment') && (!roles.photo || honest('photo')),
    };
  return {
    minBytes: PHOTO_AIM.minBytes,
    floor: PHOTO_FLOOR,
    mayRaise: honest('photo'),
  };
}

/** Whether a file of this many bytes is inside the platform's limits for the target. */
export function withinLimits(bytes: number, target: SizeTarget): boolean {
  return bytes >= target.floor && (target.ceiling === undefined || bytes <= target.ceiling);
}
