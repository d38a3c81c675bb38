/**
 * Sets every entry's modification time in a zip file to one date, in place. The docx package
 * stamps entries with the clock; a fixed date makes the same profile give the same bytes, so a
 * regenerated sample shows no spurious change. The CRCs cover the data, not the header, so
 * they stay valid.
 */
export function setZipDates(
  zip: Uint8Array,
  date: { year: number; month: number; day: number },
): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosDate = ((Math.max(date.year, 1980) - 1980) << 9) | (date.month << 5) | date.day;
  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('zip: bad central directory');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('zip: bad local header');
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= stop; at--)
    if (view.getUint32(at, true) === 0x06054b50) return at;
  throw new Error('zip: no end of central directory');
}
