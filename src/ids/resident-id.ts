import {
  historicalDivision,
  placeName,
  provincePrefixExisted,
  type HistoricalDivision,
} from './division-history.js';
import { divisionByCode, divisionPath } from './divisions.js';
import { normaliseNumber } from './normalise.js';

/**
 * 公民身份号码, GB 11643-1999: six digits of region, eight of birth date, three of sequence (the
 * last odd for men, even for women) and a check character, ISO 7064 MOD 11-2. The 港澳台居民居住证
 * (since 2018) uses the same layout with region 810000, 820000 or 830000.
 */
export const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character of the first 17 digits (`"10X98765432"[sum mod 11]`). */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_ID_WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Region codes of the 港澳台居民居住证 (国办发〔2018〕81号). */
export const RESIDENCE_PERMIT_REGIONS: Readonly<Record<string, string>> = {
  '810000': '香港',
  '820000': '澳门',
  '830000': '台湾',
};

export type ResidentIdResult =
  | {
      readonly ok: true;
      readonly normalised: string;
      /** Full-width digits, a lower-case x, spaces or dashes were cleaned up. */
      readonly changed: boolean;
      /** YYYY-MM-DD. */
      readonly birthDate: string;
      readonly gender: '男' | '女';
      /** The 17th digit, which decides the gender. */
      readonly genderDigit: string;
      readonly kind: 'resident' | 'residence-permit';
    }
  | {
      readonly ok: false;
      readonly reason: 'empty';
      readonly normalised: string;
      readonly changed: boolean;
    }
  | {
      readonly ok: false;
      readonly reason: 'length';
      readonly normalised: string;
      readonly changed: boolean;
      readonly length: number;
    }
  | {
      readonly ok: false;
      /** Something other than digits and a final X. */
      readonly reason: 'characters';
      readonly normalised: string;
      readonly changed: boolean;
      readonly badCharacters: string;
    }
  | {
      readonly ok: false;
      /** An old 15-digit number (before 1999): the 18-digit form is computed. */
      readonly reason: 'fifteen-digit';
      readonly normalised: string;
      readonly changed: boolean;
      readonly upgraded: string;
      readonly dateValid: boolean;
    }
  | {
      readonly ok: false;
      readonly reason: 'checksum';
      readonly normalised: string;
      readonly changed: boolean;
      readonly actual: string;
      readonly expected: string;
    }
  | {
      readonly ok: false;
      /** Characters 7–14 are no calendar date. */
      readonly reason: 'date';
      readonly normalised: string;
      readonly changed: boolean;
      /** YYYYMMDD as written in the number. */
      readonly dateDigits: string;
      readonly checksumValid: boolean;
    };

export type ResidentIdReason = Exclude<ResidentIdResult, { ok: true }>['reason'];

function validDate(digits: string): string | undefined {
  const y = Number(digits.slice(0, 4));
  const m = Number(digits.slice(4, 6));
  const d = Number(digits.slice(6, 8));
  // Nobody alive was born before 1800; the upper bound is identity/age's concern.
  if (y < 1800 || m < 1 || m > 12 || d < 1) return undefined;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}

/** An old 15-digit number in its 18-digit form: `19` inserted before the year, the check appended. */
export function upgradeFifteen(fifteen: string): string {
  const first17 = `${fifteen.slice(0, 6)}19${fifteen.slice(6)}`;
  return first17 + residentIdCheckChar(first17);
}

/** Checks a resident ID number in the order shape → birth date → check digit. */
export function checkResidentId(input: string): ResidentIdResult {
  const { value: normalised, changed } = normaliseNumber(input);
  const base = { normalised, changed };
  if (normalised === '') return { ok: false, reason: 'empty', ...base };
  if (/^\d{15}$/.test(normalised))
    return {
      ok: false,
      reason: 'fifteen-digit',
      ...base,
      upgraded: upgradeFifteen(normalised),
      dateValid: validDate(`19${normalised.slice(6, 12)}`) !== undefined,
    };
  // Anything but digits, apart from an X in the last place.
  const chars = [...normalised];
  const bad = [
    ...new Set(chars.filter((c, i) => !/\d/.test(c) && !(c === 'X' && i === chars.length - 1))),
  ].join('');
  if (bad !== '') return { ok: false, reason: 'characters', ...base, badCharacters: bad };
  if (normalised.length !== 18)
    return { ok: false, reason: 'length', ...base, length: chars.length };
  // The date before the check digit: "1990-02-30 is no date" says which part is wrong, where a
  // failed check only says that something is.
  const expected = residentIdCheckChar(normalised);
  const birthDate = validDate(normalised.slice(6, 14));
  if (birthDate === undefined)
    return {
      ok: false,
      reason: 'date',
      ...base,
      dateDigits: normalised.slice(6, 14),
      checksumValid: normalised[17] === expected,
    };
  if (normalised[17] !== expected)
    return { ok: false, reason: 'checksum', ...base, actual: normalised[17]!, expected };
  const genderDigit = normalised[16]!;
  return {
    ok: true,
    ...base,
    birthDate,
    gender: Number(genderDigit) % 2 === 1 ? '男' : '女',
    genderDigit,
    kind: RESIDENCE_PERMIT_REGIONS[normalised.slice(0, 6)] ? 'residence-permit' : 'resident',
  };
}

export type IdRegion =
  /** In the current table: `path` is `云南省/昆明市/五华区`. */
  | { readonly known: true; readonly code: string; readonly path: string }
  | { readonly known: true; readonly code: string; readonly permit: string }
  /** A county merged or renamed since 1980: the card keeps the code that issued it. */
  | { readonly known: true; readonly code: string; readonly historical: HistoricalDivision }
  /** The first two digits were never a province: the number cannot be genuine. */
  | { readonly known: false; readonly code: string; readonly reason: 'province' }
  | {
      readonly known: false;
      readonly code: string;
      /** In no table since 1980 nor the current one. */
      readonly reason: 'never';
      /** The nearest level that exists (`4405`, `广东省汕头市`), to compare with the card. */
      readonly within: { readonly prefix: string; readonly place: string };
    };

/**
 * The region of characters 1–6: the current division table, then every table of 1980–2019 (an ID
 * keeps the code of the county that issued it, however often that county was merged or renamed).
 */
export function residentIdRegion(number: string): IdRegion {
  const code = number.slice(0, 6);
  const permit = RESIDENCE_PERMIT_REGIONS[code];
  if (permit !== undefined) return { known: true, code, permit };
  if (divisionByCode(code)) return { known: true, code, path: divisionPath(code)! };
  if (!provincePrefixExisted(code)) return { known: false, code, reason: 'province' };
  const historical = historicalDivision(code);
  if (historical) return { known: true, code, historical };
  const city = code.endsWith('00') ? undefined : placeName(`${code.slice(0, 4)}00`);
  const within =
    city !== undefined
      ? { prefix: code.slice(0, 4), place: city }
      : { prefix: code.slice(0, 2), place: placeName(`${code.slice(0, 2)}0000`) ?? '' };
  return { known: false, code, reason: 'never', within };
}
