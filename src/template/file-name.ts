/** Most file systems allow 255 bytes a name; the rest is room for `-12.docx` and a temp prefix. */
const MAX_STEM_BYTES = 180;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * An employer's name as a file name that Windows, macOS and Linux all accept: no path
 * separators or `<>:"|?*`, no control characters, no trailing dot or space.
 */
export function sanitiseStem(stem: string): string {
  let s = stem
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (s === '' || /^\.+$/.test(s)) s = '_';
  if (WINDOWS_RESERVED.test(s)) s = `${s}_`;
  const encoder = new TextEncoder();
  if (encoder.encode(s).length > MAX_STEM_BYTES) {
    let cut = '';
    for (const ch of s) {
      if (encoder.encode(cut + ch).length > MAX_STEM_BYTES) break;
      cut += ch;
    }
    s = cut.replace(/[. ]+$/, '');
  }
  return s;
}

/**
 * One `.docx` name per entry, in entry order. Entries whose names clash (the same employer
 * twice, or names differing only in case, which Windows and macOS treat as one file) are all
 * numbered `-1`, `-2`, … so that HR prints them in order.
 */
export function docxFileNames(stems: readonly string[]): string[] {
  const clean = stems.map(sanitiseStem);
  const key = (s: string): string => s.toLowerCase();
  const count = new Map<string, number>();
  for (const s of clean) count.set(key(s), (count.get(key(s)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return clean.map((s) => {
    if (count.get(key(s))! === 1) return `${s}.docx`;
    const n = (seen.get(key(s)) ?? 0) + 1;
    seen.set(key(s), n);
    return `${s}-${n}.docx`;
  });
}
