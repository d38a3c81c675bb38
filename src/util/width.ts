/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Cuts `text` to at most `width` columns, with `…` where it was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Characters a line may not start with (closing punctuation), after the Chinese line-breaking rules. */
const NO_START = new Set('，。、；：？！）》」』】〕”’,.;:?!)]}…');
/** Characters a line may not end with (opening punctuation). */
const NO_END = new Set('（《「『【〔“‘([{');

/**
 * Wraps `text` to lines of at most `width` display columns, keeping existing line breaks.
 * Lines break at spaces and between two CJK characters, never inside a Latin word, a number,
 * a path or a date, and not before closing or after opening punctuation. A word wider than the
 * whole line is cut as a last resort.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split(/\r?\n/)
    .map((line) => wrapLine(line, width).join('\n'))
    .join('\n');
}

/** The pieces between which a line may break: a space run, a single CJK character, or a run of anything else. */
function pieces(line: string): string[] {
  const out: string[] = [];
  for (const ch of line) {
    const last = out.length > 0 ? out[out.length - 1]! : undefined;
    const end = last === undefined ? undefined : [...last].pop()!;
    const wide = isWide(ch.codePointAt(0)!);
    const space = ch === ' ';
    const glue =
      last !== undefined &&
      end !== undefined &&
      ((space && end === ' ') ||
        (!space &&
          end !== ' ' &&
          (NO_START.has(ch) || NO_END.has(end) || (!wide && !isWide(end.codePointAt(0)!)))));
    if (glue) out[out.length - 1] = last + ch;
    else out.push(ch);
  }
  return out;
}

function wrapLine(line: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces(line)) {
    if (displayWidth(current + piece) <= width) {
      current += piece;
      continue;
    }
    if (piece.trim() === '') {
      lines.push(current.trimEnd());
      current = '';
      continue;
    }
    if (current.trim() !== '') lines.push(current.trimEnd());
    current = '';
    let rest = piece;
    while (displayWidth(rest) > width) {
      let cut = '';
      for (const ch of rest) {
        if (displayWidth(cut + ch) > width) break;
        cut += ch;
      }
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    current = rest;
  }
  lines.push(current.trimEnd());
  return lines;
}
