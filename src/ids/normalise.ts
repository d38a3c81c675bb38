/**
 * What a person types into a number field before it is checked (rules.md, intro): full-width
 * digits and letters become half-width, letters upper case, and the spaces and dashes people put
 * between groups of digits are removed. The caller learns whether anything changed, so that a
 * finding can say it checked the normalised form.
 */
export interface Normalised {
  readonly value: string;
  /** The input differed from `value` by more than surrounding whitespace. */
  readonly changed: boolean;
}

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Spaces and every dash-like separator (hyphen, en/em dash, minus, full-width dash). */
const SEPARATORS = /[\s\u00a0\u2010-\u2015\u2212\ufe63\-_]/g;

/** A number as the platform wants it: half-width, upper case, no separators. */
export function normaliseNumber(input: string): Normalised {
  const value = toHalfWidth(input).replace(SEPARATORS, '').toUpperCase();
  return { value, changed: value !== input.trim() };
}
