/**
 * Metadata removed from the bytes, the pixels untouched: no re-encoding, so a file whose only
 * fault is its EXIF (GPS, a thumbnail of the uncropped picture, the camera's serial number) or
 * bytes after its end loses nothing of its picture. Pure functions of bytes; `undefined` when
 * the structure is not one they understand (the caller then re-encodes).
 */

const JFIF = Buffer.from('JFIF\0', 'latin1');
const ICC = Buffer.from('ICC_PROFILE\0', 'latin1');
const ADOBE = Buffer.from('Adobe', 'latin1');

/**
 * A JPEG from its start to the end of its first (primary) image, keeping only what decoding
 * and colour need: tables, frame and scan headers, the JFIF header (without its thumbnail),
 * the ICC profile and the Adobe segment (it says how CMYK/YCCK data is to be read). EXIF, XMP,
 * IPTC, comments, maker segments, MPF (a phone's secondary images) and trailing bytes go.
 */
export function stripJpeg(bytes: Uint8Array): Buffer | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined;
  const parts: Buffer[] = [b.subarray(0, 2)];
  let pos = 2;
  for (;;) {
    if (pos + 1 >= b.length || b[pos] !== 0xff) return undefined;
    // Fill bytes (FF FF …) may precede a marker.
    while (pos + 1 < b.length && b[pos + 1] === 0xff) pos++;
    if (pos + 1 >= b.length) return undefined;
    const marker = b[pos + 1]!;
    if (marker === 0xd9) {
      parts.push(b.subarray(pos, pos + 2));
      return Buffer.concat(parts);
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      parts.push(b.subarray(pos, pos + 2));
      pos += 2;
      continue;
    }
    if (pos + 4 > b.length) return undefined;
    const end = pos + 2 + b.readUInt16BE(pos + 2);
    if (end > b.length || end < pos + 4) return undefined;
    const segment = b.subarray(pos, end);
    const kept = keepSegment(marker, segment.subarray(4));
    if (kept === true) parts.push(segment);
    else if (kept) parts.push(kept);
    pos = end;
    if (marker === 0xda) {
      const start = pos;
      pos = scanEnd(b, pos);
      if (pos < 0) return undefined;
      parts.push(b.subarray(start, pos));
    }
  }
}

/** The offset of the first marker after entropy-coded data (stuffed FF 00 and restarts are data). */
function scanEnd(b: Buffer, from: number): number {
  for (let p = from; p + 1 < b.length; p++) {
    if (b[p] !== 0xff) continue;
    const next = b[p + 1]!;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
      p++;
      continue;
    }
    if (next === 0xff) continue;
    return p;
  }
  return -1;
}

/** true: keep as is; a Buffer: keep this instead; false: drop. */
function keepSegment(marker: number, payload: Buffer): boolean | Buffer {
  if (marker === 0xe0) {
    if (!payload.subarray(0, 5).equals(JFIF) || payload.length < 14) return false;
    if (payload.length === 14) return true;
    // The JFIF header keeps its density; its optional thumbnail goes.
    const header = Buffer.from(payload.subarray(0, 14));
    header[12] = 0;
    header[13] = 0;
    return Buffer.concat([Buffer.from([0xff, 0xe0, 0x00, 16]), header]);
  }
  if (marker === 0xe2) return payload.subarray(0, ICC.length).equals(ICC);
  if (marker === 0xee) return payload.subarray(0, ADOBE.length).equals(ADOBE);
  // Other application segments (EXIF, XMP, IPTC, maker data) and comments.
  if ((marker >= 0xe1 && marker <= 0xef) || marker === 0xfe) return false;
  return true;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Chunks that carry the picture or how to show it; text, time, EXIF and unknown chunks go. */
const PNG_KEEP = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCV',
  'cLLI',
  'bKGD',
  'pHYs',
]);

/** A PNG with only the chunks of PNG_KEEP, ending at IEND. */
export function stripPng(bytes: Uint8Array): Buffer | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 8 || !b.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  const parts: Buffer[] = [b.subarray(0, 8)];
  let pos = 8;
  while (pos + 12 <= b.length) {
    const length = b.readUInt32BE(pos);
    const type = b.toString('latin1', pos + 4, pos + 8);
    const end = pos + 12 + length;
    if (end > b.length) return undefined;
    if (PNG_KEEP.has(type)) parts.push(b.subarray(pos, end));
    if (type === 'IEND') return Buffer.concat(parts);
    pos = end;
  }
  return undefined;
}
