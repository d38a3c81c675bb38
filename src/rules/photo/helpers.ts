import type { Term } from '../../engine/types.js';
import type { ImageFacts } from '../../facts/image-types.js';
import type { Facts, FileFacts, MaterialSlot } from '../../facts/types.js';
import { FORMAT_NAMES } from '../../platform/formats.js';
import { isPhotoFormat as isPhotoFormatByName } from '../../platform/limits.js';

/** One file of a material slot that could be read and is not empty. */
export interface SlotFile {
  readonly slot: MaterialSlot;
  readonly name: string;
  readonly bytes: number;
  /** Absent when image facts were not gathered. */
  readonly image?: ImageFacts;
}

/**
 * The files of the standard photo (`photo`) or of every other material (`attachment`) that
 * file/unreadable and file/empty leave to the image rules.
 */
export function slotFiles(facts: Facts, which: 'photo' | 'attachment'): SlotFile[] {
  const out: SlotFile[] = [];
  for (const slot of facts.materials) {
    if ((slot.material === 'photo') !== (which === 'photo')) continue;
    for (const name of slot.files) {
      const file: FileFacts | undefined = facts.files.get(name);
      if (file?.access.status !== 'ok' || file.access.size === 0) continue;
      out.push({
        slot,
        name,
        bytes: file.access.size,
        ...(file.image ? { image: file.image } : {}),
      });
    }
  }
  return out;
}

/** Every readable, non-empty material file once, with the first slot that uses it. */
export function everyFile(facts: Facts): SlotFile[] {
  const seen = new Set<string>();
  return [...slotFiles(facts, 'photo'), ...slotFiles(facts, 'attachment')].filter((f) => {
    if (seen.has(f.name)) return false;
    seen.add(f.name);
    return true;
  });
}

/**
 * A file file/corrupt or file/too-large reports: the rules that need its header or pixels stay
 * silent (one problem, one finding).
 */
export function isDamaged(image: ImageFacts | undefined): boolean {
  return (
    image !== undefined &&
    (image.format === 'unknown' || image.decodeError !== undefined || image.tooLarge)
  );
}

/** JPEG by content and `.jpg`/`.jpeg` by name: what photo/format asks. */
export function isPhotoFormat(image: ImageFacts): boolean {
  return isPhotoFormatByName(image.format, image.extension);
}

/** The header of a file whose header rules may speak: known format, decodable, not a bomb. */
export function usableHeader(image: ImageFacts | undefined) {
  return image && !isDamaged(image) ? image.header : undefined;
}

export function formatName(image: ImageFacts): string {
  return image.format === 'unknown' ? '?' : FORMAT_NAMES[image.format];
}

export function extensionLabel(extension: string): string | Term {
  return extension === '' ? { term: 'extension', key: 'none' } : `.${extension}`;
}

/**
 * A size in KB (1024 bytes) for a message: whole KB where that is unambiguous, else one decimal
 * rounded away from the limit, so that 10 239 bytes never reads "10 KB, less than 10 KB".
 */
export function formatKB(bytes: number, limitKB?: number): string {
  const v = bytes / 1024;
  const whole = Math.round(v);
  if (whole !== limitKB && (v >= 100 || Math.abs(v - whole) < 0.05)) return String(whole);
  let tenth = Math.round(v * 10) / 10;
  if (limitKB !== undefined && v < limitKB) tenth = Math.floor(v * 10) / 10;
  if (limitKB !== undefined && v > limitKB) tenth = Math.ceil(v * 10) / 10;
  return tenth.toFixed(1);
}

/** Pixel statistics of a photo whose format is right (pixel rules never speak on a wrong format). */
export function photoPixels(f: SlotFile) {
  return f.image && isPhotoFormat(f.image) && !isDamaged(f.image) ? f.image.pixels : undefined;
}
