/**
 * What the bytes of an image file say before any decoder sees them: the format by its magic
 * bytes, where a JPEG's scan starts and ends, whether a PNG has its IEND chunk.
 */
import type { FileHandle } from 'node:fs/promises';
import type { DecodeError, ImageFormat, JpegEnd } from '../image-types.js';

/** Enough for the segments before a JPEG's scan data (EXIF is at most 64 KB) in nearly every file. */
const HEAD_BYTES = 80 * 1024;
const TAIL_CHUNK = 64 * 1024;
/** The tail is searched for the JPEG end marker back to the scan start, but no further than this. */
const TAIL_SEARCH_LIMIT = 16 * 1024 * 1024;

export interface FileStructure {
  /** The first bytes of the file (up to 80 KB). */
  readonly head: Buffer;
  readonly format: ImageFormat | undefined;
  /** JPEG only: where the end-of-image marker is (undefined when the tail was not searched to the scan start). */
  readonly jpegEnd: JpegEnd | undefined;
  /** JPEG only: offset of the first start-of-scan marker; Infinity otherwise. */
  readonly scanStart: number;
  /** A missing end marker: the file is cut short. */
  readonly structureError: DecodeError | undefined;
}

/** Reads the head and, for a JPEG or PNG, the end marker of an open file of `size` bytes. */
export async function readStructure(fh: FileHandle, size: number): Promise<FileStructure> {
  let head = Buffer.allocUnsafe(Math.min(size, HEAD_BYTES));
  const { bytesRead } = await fh.read(head, 0, head.length, 0);
  head = head.subarray(0, bytesRead);
  const format = sniffFormat(head);
  let jpegEnd: JpegEnd | undefined;
  let scanStart = Infinity;
  let structureError: DecodeError | undefined;
  if (format === 'jpeg') {
    scanStart = await findScanStart(fh, head, size);
    jpegEnd = await findJpegEnd(fh, scanStart, size);
    if (jpegEnd?.found === false)
      structureError = { kind: 'truncated', detail: '', marker: 'jpeg-eoi' };
  } else if (format === 'png' && !(await hasPngEnd(fh, size)))
    structureError = { kind: 'truncated', detail: '', marker: 'png-iend' };
  return { head, format, jpegEnd, scanStart, structureError };
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

/** Bytes in hex, upper case, space-separated (`FF D8 FF`). */
export function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ');
}
