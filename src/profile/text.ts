/**
 * What a free-text value of the profile may hold. The platform's inputs are one-line web text
 * boxes whose values go into a database, into the 会计工作（经历）证明 (.docx) and onto printed
 * forms: a control character, a noncharacter or a lone surrogate cannot be stored or printed (XML
 * forbids them), and an invisible format character makes a name or employer differ from the one
 * on the document while looking the same. None of them is ever typed on purpose: they come with
 * text copied from web pages, PDFs and chat apps.
 */

/** The first character that cannot stand in a profile value, how many there are, and why. */
export type CharacterFlaw = 'control' | 'line-break' | 'noncharacter' | 'surrogate' | 'invisible';

export type TextFlaw =
  | {
      readonly kind: CharacterFlaw;
      /** `U+0007 BEL`, `U+FFFE`: the code point, with its short name where it has a well-known one. */
      readonly character: string;
      /** The bad character itself, to find it in the source text. */
      readonly raw: string;
      /** 1-based position in the value, counted in characters (code points). */
      readonly index: number;
      /** How many bad characters the value holds in all. */
      readonly count: number;
    }
  | { readonly kind: 'too-long'; readonly length: number; readonly limit: number };

const LINE_BREAKS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d]);

/**
 * Format characters (Cf: zero-width space/joiners, U+FEFF, bidi embeddings, overrides and
 * isolates, soft hyphen, word joiner, tags …), the line and paragraph separators, the combining
 * grapheme joiner and the Hangul fillers, which render as nothing and are the usual way to make an
 * "empty" name. Variation selectors are deliberately left out: an ideographic variation sequence
 * (U+E0100…) is how some rare characters of names are written.
 */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\u034F\u115F\u1160\u3164\uFFA0]/u;

/** Short names of the characters people meet, so a finding says more than a number. */
const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'BS',
  0x09: 'TAB',
  0x0a: 'LF',
  0x0b: 'VT',
  0x0c: 'FF',
  0x0d: 'CR',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x85: 'NEL',
  0xad: 'SOFT HYPHEN',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** `U+FFFE`, `U+1F600`: at least four hex digits, as Unicode writes them. */
export function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

function describe(cp: number): string {
  const name = NAMES[cp];
  return name === undefined ? codePoint(cp) : `${codePoint(cp)} ${name}`;
}

function classify(ch: string, multiLine: boolean): CharacterFlaw | undefined {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'noncharacter';
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
    if (!LINE_BREAKS.has(cp)) return 'control';
    return multiLine ? undefined : 'line-break';
  }
  if (INVISIBLE.test(ch)) return 'invisible';
  return undefined;
}

/**
 * Length limits, in characters. The guide gives none, so each is generous: several times the
 * longest real value, low enough that a pasted page or a runaway value is caught (and never
 * copied into a report or a .docx).
 */
const LIMITS = {
  /**
   * A Chinese name is two to four characters, a transliterated minority name with `·` some
   * twenty; a passport's machine-readable zone holds 39 letters for the whole name (ICAO 9303,
   * TD3). 100 also fits the longer visual-zone form of any foreign name.
   */
  name: 100,
  /**
   * Organisation names and addresses: an enterprise name (行政区划 + 字号 + 行业 + 组织形式,
   * perhaps with a branch) or a full postal address down to the room runs to a few dozen
   * characters; 200 is several times that.
   */
  text: 200,
  /** RFC 5321: a forward path, hence an e-mail address, is at most 254 characters. */
  email: 254,
  /** Numbers and codes (ID, phone, USCC, certificate numbers) are checked by their own rules; this only bounds what a finding quotes. */
  code: 64,
  /** A relative file path; one name is at most 255 bytes on every common file system. */
  file: 1024,
  /** A waiver's reason is the applicant's or HR's own note, possibly several lines. */
  reason: 2000,
} as const;

const CODES = new Set([
  'id_number',
  'phone',
  'postcode',
  'uscc',
  'diploma_no',
  'degree_no',
  'certificate_no',
]);

/** The length limit of the value at a path such as `work[0].contact.name`. */
export function lengthLimit(path: string): number {
  const parts = path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter((p) => p !== '');
  const last = parts.at(-1) ?? '';
  if (parts[0] === 'waivers') return last === 'reason' ? LIMITS.reason : LIMITS.text;
  if (last === 'photo' || parts.includes('proof') || parts.includes('id_card')) return LIMITS.file;
  if (last === 'name') return LIMITS.name;
  if (last === 'email') return LIMITS.email;
  if (CODES.has(last)) return LIMITS.code;
  return LIMITS.text;
}

/** The kind of personal data a field holds, masked in every finding that quotes it. */
export function piiOf(path: string): 'name' | 'id' | 'phone' | undefined {
  if (/^(basic|work\[\d+\]\.contact)\.name$/.test(path)) return 'name';
  if (/^(basic|work\[\d+\]\.contact)\.phone$/.test(path)) return 'phone';
  if (path === 'basic.id_number') return 'id';
  return undefined;
}

/** Only a waiver's reason may run over several lines; every other value is one line of a form. */
function isMultiLine(path: string): boolean {
  return /^waivers\[\d+\]\.reason$/.test(path);
}

/** The first reason a value cannot go on the form, or undefined when it can. */
export function textFlaw(value: string, path: string): TextFlaw | undefined {
  const multiLine = isMultiLine(path);
  let first: { kind: CharacterFlaw; cp: number; raw: string; index: number } | undefined;
  let count = 0;
  let index = 0;
  // Iterating a string yields code points, and a lone surrogate as itself.
  for (const ch of value) {
    index++;
    const kind = classify(ch, multiLine);
    if (kind === undefined) continue;
    count++;
    first ??= { kind, cp: ch.codePointAt(0)!, raw: ch, index };
  }
  if (first)
    return {
      kind: first.kind,
      character: describe(first.cp),
      raw: first.raw,
      index: first.index,
      count,
    };
  const limit = lengthLimit(path);
  if (index > limit) return { kind: 'too-long', length: index, limit };
  return undefined;
}

/**
 * The value as a finding may quote it: each character that cannot be shown becomes U+FFFD (�),
 * and a long value is cut to its first `max` characters.
 */
export function showText(value: string, max = 30): string {
  const out: string[] = [];
  for (const ch of value) {
    if (out.length === max) {
      out.push('…');
      break;
    }
    out.push(classify(ch, false) === undefined ? ch : '\uFFFD');
  }
  return out.join('');
}
