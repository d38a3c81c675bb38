import { normaliseNumber, toHalfWidth } from './normalise.js';

/**
 * 手机号码: `1[3-9]\d{9}` once `+86`, spaces and dashes are removed (rules.md, contact/phone).
 * Never a list of carrier prefixes: new ones keep coming (19x, 16x …).
 */
export type MobileResult =
  | { readonly ok: true; readonly normalised: string; readonly changed: boolean }
  | {
      readonly ok: false;
      readonly reason:
        | 'empty'
        /** Not digits (letters, a second number, a note). */
        | 'characters'
        /** A fixed-line number (`0871-12345678`): the platform sends its code by SMS. */
        | 'landline'
        /** A mobile number behind a trunk 0 (`015100221432`), as dialled from some landlines. */
        | 'trunk-zero'
        /** Starts with 0 but is neither a mobile nor a plausible fixed-line number (`00000000000`). */
        | 'neither'
        | 'length'
        /** Eleven digits that do not start with 13–19. */
        | 'prefix';
      readonly normalised: string;
      readonly changed: boolean;
    };

export type MobileReason = Exclude<MobileResult, { ok: true }>['reason'];

export function checkMobile(input: string): MobileResult {
  const n = normaliseNumber(input);
  let value = n.value.replace(/[()（）]/g, '');
  const m = /^(?:\+86|0086|86)(1\d{10})$/.exec(value);
  if (m) value = m[1]!;
  else if (value.startsWith('+86')) value = value.slice(3);
  const base = { normalised: value, changed: value !== input.trim() };
  if (value === '') return { ok: false, reason: 'empty', ...base };
  if (!/^\d+$/.test(value)) return { ok: false, reason: 'characters', ...base };
  if (/^0\d{9,11}$/.test(value)) {
    if (/^01[3-9]\d{9}$/.test(value)) return { ok: false, reason: 'trunk-zero', ...base };
    return { ok: false, reason: isLandline(value) ? 'landline' : 'neither', ...base };
  }
  if (value.length !== 11) return { ok: false, reason: 'length', ...base };
  if (!/^1[3-9]/.test(value)) return { ok: false, reason: 'prefix', ...base };
  return { ok: true, ...base };
}

/**
 * A plausible mainland fixed-line number with its area code: 0, then 10 or 2x (the two-digit
 * codes) or [3-9]xx (the three-digit ones), as in libphonenumber's CN metadata, then a local
 * number of 7–8 digits that does not start with 0 (so never all zeros).
 */
export function isLandline(digits: string): boolean {
  return /^0(?:10|2\d|[3-9]\d\d)[1-9]\d{6,7}$/.test(digits);
}

/** 邮编: six digits (GB/T 2260's postal companion; the platform field is optional). */
export type PostcodeResult =
  | { readonly ok: true; readonly normalised: string; readonly changed: boolean }
  | {
      readonly ok: false;
      readonly reason: 'characters' | 'length';
      readonly normalised: string;
      readonly changed: boolean;
    };

export function checkPostcode(input: string): PostcodeResult {
  const { value, changed } = normaliseNumber(input);
  const base = { normalised: value, changed };
  if (!/^\d*$/.test(value)) return { ok: false, reason: 'characters', ...base };
  if (value.length !== 6) return { ok: false, reason: 'length', ...base };
  return { ok: true, ...base };
}

/**
 * 邮箱: a pragmatic address check (RFC 5321 dot-atom local part, a dotted domain of letters,
 * digits and hyphens, a top-level label of letters). Full-width characters typed by a Chinese
 * input method (＠, 。) are normalised first.
 */
export type EmailResult =
  | { readonly ok: true; readonly normalised: string; readonly changed: boolean }
  | {
      readonly ok: false;
      readonly reason:
        | 'spaces'
        /** No @, or more than one. */
        | 'at'
        | 'local'
        | 'domain'
        /** Chinese or other non-ASCII characters. */
        | 'non-ascii';
      readonly normalised: string;
      readonly changed: boolean;
    };

export type EmailReason = Exclude<EmailResult, { ok: true }>['reason'];

export function checkEmail(input: string): EmailResult {
  const trimmed = input.trim();
  const value = toHalfWidth(trimmed).replace(/[。．]/g, '.');
  const base = { normalised: value, changed: value !== trimmed };
  if (/\s/.test(value)) return { ok: false, reason: 'spaces', ...base };
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(value)) return { ok: false, reason: 'non-ascii', ...base };
  const parts = value.split('@');
  if (parts.length !== 2) return { ok: false, reason: 'at', ...base };
  const [local, domain] = parts as [string, string];
  if (!/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/.test(local))
    return { ok: false, reason: 'local', ...base };
  const labels = domain.split('.');
  if (
    labels.length < 2 ||
    labels.some((l) => !/^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(l)) ||
    !/^[A-Za-z]{2,}$/.test(labels[labels.length - 1]!)
  )
    return { ok: false, reason: 'domain', ...base };
  return { ok: true, ...base };
}
