import { normaliseNumber } from './normalise.js';

/**
 * The other three document types the platform registers (rules.md, identity/format):
 * 港澳居民来往内地通行证 `[HM]\d{8}`, 台湾居民来往大陆通行证 `\d{8}`, and a foreign passport
 * `[A-Z0-9]{5,17}`. The permits print a two-digit 换证次数 after the number (`H12345678 01`);
 * people copy it, so a 10-digit tail is reported with the number to use instead.
 */
export type DocumentResult =
  | { readonly ok: true; readonly normalised: string; readonly changed: boolean }
  | {
      readonly ok: false;
      /** The 换证次数 was typed after the number: `suggested` is the number without it. */
      readonly reason: 'issue-count';
      readonly normalised: string;
      readonly changed: boolean;
      readonly suggested: string;
      readonly tail: string;
    }
  | {
      readonly ok: false;
      readonly reason: 'empty' | 'shape';
      readonly normalised: string;
      readonly changed: boolean;
    };

export type DocumentReason = Exclude<DocumentResult, { ok: true }>['reason'];

function normalise(input: string) {
  // `H12345678(01)`: brackets around the 换证次数 go with the separators.
  const n = normaliseNumber(input);
  const value = n.value.replace(/[()（）[\]]/g, '');
  return { value, changed: n.changed || value !== n.value };
}

function permit(input: string, shape: RegExp, withCount: RegExp): DocumentResult {
  const { value, changed } = normalise(input);
  if (value === '') return { ok: false, reason: 'empty', normalised: value, changed };
  if (shape.test(value)) return { ok: true, normalised: value, changed };
  if (withCount.test(value))
    return {
      ok: false,
      reason: 'issue-count',
      normalised: value,
      changed,
      suggested: value.slice(0, -2),
      tail: value.slice(-2),
    };
  return { ok: false, reason: 'shape', normalised: value, changed };
}

/** 港澳居民来往内地通行证 (回乡证): H for Hong Kong, M for Macao, eight digits. */
export function checkHkMacaoPermit(input: string): DocumentResult {
  return permit(input, /^[HM]\d{8}$/, /^[HM]\d{10}$/);
}

/** 台湾居民来往大陆通行证 (台胞证), the card of 2015: eight digits. */
export function checkTaiwanPermit(input: string): DocumentResult {
  return permit(input, /^\d{8}$/, /^\d{10}$/);
}

/** A foreign passport: 5–17 letters and digits (ICAO 9303 allows up to nine; some states use more). */
export function checkForeignPassport(input: string): DocumentResult {
  const { value, changed } = normalise(input);
  if (value === '') return { ok: false, reason: 'empty', normalised: value, changed };
  if (/^[A-Z0-9]{5,17}$/.test(value)) return { ok: true, normalised: value, changed };
  return { ok: false, reason: 'shape', normalised: value, changed };
}

/**
 * The shapes of a PRC passport (E + 8 digits, E + letter + 7 digits for the 2017 series, G + 8
 * digits for the older ones): its holder registers with the 内地居民身份证, not as a foreigner.
 */
export function looksLikePrcPassport(normalised: string): boolean {
  return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(normalised);
}
