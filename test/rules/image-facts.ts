/**
 * Hand-built image facts, as `gatherImageFacts` reports them, for testing the image rules'
 * thresholds without decoding anything. The defaults are the facts of the generated `photo.jpg`
 * and `scan.jpg` (test/image-fixtures.ts); the rules on real files are tested end to end in
 * test/rules/image-rules-end-to-end.test.ts, the facts themselves in test/facts/image.test.ts.
 */
import { runRules } from '../../src/engine/run.js';
import type { CheckResult, Rule } from '../../src/engine/types.js';
import type {
  BackgroundStats,
  ImageFacts,
  ImageHeader,
  PixelStats,
} from '../../src/facts/image-types.js';
import { fakeFacts } from '../helpers.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Changes to a base's facts; `header: undefined` or `pixels: undefined` removes them. */
export interface ImagePatch extends Partial<Omit<ImageFacts, 'header' | 'pixels'>> {
  readonly header?: Partial<ImageHeader> | undefined;
  readonly pixels?:
    | (Partial<Omit<PixelStats, 'background'>> & { readonly background?: Partial<BackgroundStats> })
    | undefined;
}

const PHOTO: ImageFacts = {
  format: 'jpeg',
  extension: 'jpg',
  bytes: 46_670,
  head: 'FF D8 FF DB 00 43 00 03',
  jpegEnd: { found: true, trailingBytes: 0 },
  header: {
    width: 413,
    height: 579,
    displayWidth: 413,
    displayHeight: 579,
    space: 'srgb',
    channels: 3,
    depth: 'uchar',
    density: 72,
    hasAlpha: false,
  },
  tooLarge: false,
  pixels: {
    width: 295,
    height: 413,
    background: {
      r: 253,
      g: 253,
      b: 253,
      brightness: 253,
      tint: 0,
      coverage: 1,
      deviation: 1.3,
      bands: { top: 253, left: 253, right: 253 },
    },
    colour: { p99: 79, p999: 86 },
    sharpness: 3816,
    fineDetail: 7.53,
  },
};

const SCAN: ImageFacts = {
  format: 'jpeg',
  extension: 'jpg',
  bytes: 199_934,
  head: 'FF D8 FF DB 00 43 00 06',
  jpegEnd: { found: true, trailingBytes: 0 },
  header: { ...PHOTO.header!, width: 1240, height: 1754, displayWidth: 1240, displayHeight: 1754 },
  tooLarge: false,
  pixels: { width: 181, height: 256, colour: { p99: 22, p999: 195 } },
};

function patched(base: ImageFacts, patch: ImagePatch): ImageFacts {
  const { header, pixels, ...rest } = patch;
  const out: Mutable<ImageFacts> = { ...base, ...rest };
  if ('header' in patch)
    if (header === undefined) delete out.header;
    else out.header = { ...base.header!, ...header };
  if ('pixels' in patch)
    if (pixels === undefined) delete out.pixels;
    else {
      const { background, ...stats } = pixels;
      out.pixels = { ...base.pixels!, ...stats };
      if (background)
        out.pixels = { ...out.pixels, background: { ...base.pixels!.background!, ...background } };
    }
  return out;
}

/** A good standard photo: a 413×579 JPEG of 46 KB on white, sharp, in colour. */
export function photoFacts(patch: ImagePatch = {}): ImageFacts {
  return patched(PHOTO, patch);
}

/** A good attachment: a 1240×1754 colour scan, JPEG of 195 KB, its colour measured. */
export function scanFacts(patch: ImagePatch = {}): ImageFacts {
  return patched(SCAN, patch);
}

/** A header patch for an image of width × height as stored and displayed. */
export function sized(width: number, height: number): Partial<ImageHeader> {
  return { width, height, displayWidth: width, displayHeight: height };
}

const profile = (photo: string, front: string) =>
  `scope: 3\nbasic:\n  photo: ${JSON.stringify(photo)}\n  id_card:\n    front: ${JSON.stringify(front)}\n    back: "back.jpg"\n`;

/** The rules on a folder whose standard photo (`basic.photo`) has these facts; the ID sides are good scans. */
export function checkPhotoFacts(
  image: ImageFacts,
  rules: readonly Rule[],
  name = 'p.jpg',
): CheckResult {
  const scan = scanFacts();
  return runRules(
    fakeFacts({
      profile: profile(name, 'front.jpg'),
      files: {
        [name]: { size: image.bytes, image },
        'front.jpg': { size: scan.bytes, image: scan },
        'back.jpg': { size: scan.bytes, image: scan },
      },
    }),
    rules,
  );
}

/** The rules on a folder whose ID card front (`basic.id_card.front`, an attachment) has these facts. */
export function checkAttachmentFacts(
  name: string,
  image: ImageFacts,
  rules: readonly Rule[],
): CheckResult {
  const photo = photoFacts();
  const scan = scanFacts();
  return runRules(
    fakeFacts({
      profile: profile('p.jpg', name),
      files: {
        'p.jpg': { size: photo.bytes, image: photo },
        [name]: { size: image.bytes, image },
        'back.jpg': { size: scan.bytes, image: scan },
      },
    }),
    rules,
  );
}

/** `rule:messageId@file` for each finding (`@field` when it names no file). */
export function fileCodes(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.rule}:${f.messageId}@${f.file ?? f.field ?? ''}`);
}
