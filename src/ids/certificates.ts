import { normaliseNumber } from './normalise.js';

/**
 * 学历证书编号 (电子注册, since 2001): 18 digits = school code (1–5), 办学类型 (6), graduation
 * year (7–10), level (11–12), serial (13–18). 办学类型 5, 6 and 7 are 成人教育, 自学考试 and
 * 网络教育, never a 全日制 programme.
 */
export const DIPLOMA_LEVELS: Readonly<Record<string, string>> = {
  '01': '博士研究生',
  '02': '硕士研究生',
  '04': '第二学士',
  '05': '大学本科',
  '06': '大学专科',
};
export const NON_FULL_TIME_FORMS: Readonly<Record<string, string>> = {
  '5': '成人高等教育',
  '6': '高等教育自学考试',
  '7': '网络教育',
};

export type DiplomaNumber =
  | {
      readonly ok: true;
      readonly normalised: string;
      readonly school: string;
      /** 办学类型, character 6. */
      readonly form: string;
      readonly year: number;
      /** Characters 11–12. */
      readonly levelCode: string;
      /** The level those characters name, when they name one. */
      readonly level?: string;
    }
  | { readonly ok: false; readonly reason: 'empty' | 'shape'; readonly normalised: string };

export function parseDiplomaNumber(input: string): DiplomaNumber {
  const { value } = normaliseNumber(input);
  if (value === '') return { ok: false, reason: 'empty', normalised: value };
  if (!/^\d{18}$/.test(value)) return { ok: false, reason: 'shape', normalised: value };
  const levelCode = value.slice(10, 12);
  const level = DIPLOMA_LEVELS[levelCode];
  return {
    ok: true,
    normalised: value,
    school: value.slice(0, 5),
    form: value[5]!,
    year: Number(value.slice(6, 10)),
    levelCode,
    ...(level !== undefined ? { level } : {}),
  };
}

/**
 * 学位证书编号: 16 digits = school code (1–5), level (6: 2 博士, 3 硕士, 4 学士), year of award
 * (7–10), serial (11–16); some are printed with a leading C, Z or T.
 */
export const DEGREE_LEVELS: Readonly<Record<string, string>> = {
  '2': '博士',
  '3': '硕士',
  '4': '学士',
};

export type DegreeNumber =
  | {
      readonly ok: true;
      readonly normalised: string;
      readonly school: string;
      readonly levelCode: string;
      readonly level?: string;
      readonly year: number;
    }
  | { readonly ok: false; readonly reason: 'empty' | 'shape'; readonly normalised: string };

export function parseDegreeNumber(input: string): DegreeNumber {
  const { value } = normaliseNumber(input);
  if (value === '') return { ok: false, reason: 'empty', normalised: value };
  const m = /^[CZT]?(\d{16})$/.exec(value);
  if (!m) return { ok: false, reason: 'shape', normalised: value };
  const digits = m[1]!;
  const levelCode = digits[5]!;
  const level = DEGREE_LEVELS[levelCode];
  return {
    ok: true,
    normalised: value,
    school: digits.slice(0, 5),
    levelCode,
    ...(level !== undefined ? { level } : {}),
    year: Number(digits.slice(6, 10)),
  };
}
