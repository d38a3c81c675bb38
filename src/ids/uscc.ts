import { normaliseNumber } from './normalise.js';
import { checkResidentId } from './resident-id.js';

/**
 * 统一社会信用代码, GB 32100-2015: 登记管理部门 (1), 机构类别 (2), the registering authority's
 * division code (3–8), the organisation code of GB 11714 (9–17) and a check character (18),
 * from 31 characters (no I, O, S, V or Z).
 */
export const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_WEIGHTS = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
] as const;

/** `(31 − sum mod 31) mod 31` over the first 17 characters' values. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARS[(31 - (sum % 31)) % 31]!;
}

export type UsccResult =
  | { readonly ok: true; readonly normalised: string; readonly changed: boolean }
  | {
      readonly ok: false;
      readonly reason:
        | 'empty'
        /** An 18-digit resident ID number entered where the employer's code belongs. */
        | 'resident-id'
        /** A 15-digit 工商注册号 from before 2015. */
        | 'registration-number'
        /** A 9-character 组织机构代码 alone. */
        | 'organisation-code';
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
      /** Characters outside the code's set (I, O, S, V, Z, lower-case, punctuation). */
      readonly reason: 'characters';
      readonly normalised: string;
      readonly changed: boolean;
      readonly badCharacters: string;
    }
  | {
      readonly ok: false;
      /**
       * A letter in characters 3–8, the registering authority's GB/T 2260 division code, which is
       * six digits (GB 32100-2015: 登记管理机关行政区划码). The first such character, 1-based.
       */
      readonly reason: 'region';
      readonly normalised: string;
      readonly changed: boolean;
      readonly position: number;
      readonly character: string;
    }
  | {
      readonly ok: false;
      readonly reason: 'checksum';
      readonly normalised: string;
      readonly changed: boolean;
      readonly actual: string;
      readonly expected: string;
    };

export type UsccReason = Exclude<UsccResult, { ok: true }>['reason'];

export function checkUscc(input: string): UsccResult {
  const { value, changed } = normaliseNumber(input);
  const base = { normalised: value, changed };
  if (value === '') return { ok: false, reason: 'empty', ...base };
  const bad = [...new Set([...value].filter((c) => !USCC_CHARS.includes(c)))].join('');
  if (value.length === 18 && bad === '') {
    // Before the check character: a letter where only digits can be is the more precise answer,
    // and a code with one can be no genuine code even when its check character holds.
    const letter = /\D/.exec(value.slice(2, 8));
    if (letter)
      return {
        ok: false,
        reason: 'region',
        ...base,
        position: letter.index + 3,
        character: letter[0],
      };
    const expected = usccCheckChar(value);
    if (value[17] === expected) return { ok: true, ...base };
    if (checkResidentId(value).ok) return { ok: false, reason: 'resident-id', ...base };
    return { ok: false, reason: 'checksum', ...base, actual: value[17]!, expected };
  }
  if (/^\d{15}$/.test(value)) return { ok: false, reason: 'registration-number', ...base };
  if (/^[0-9A-Z]{8}[0-9X]$/.test(value) && orgCodeCheck(value).ok)
    return { ok: false, reason: 'organisation-code', ...base };
  if (bad !== '') return { ok: false, reason: 'characters', ...base, badCharacters: bad };
  return { ok: false, reason: 'length', ...base, length: [...value].length };
}

// ---------------------------------------------------------------------------------------------
// GB 11714-1997 organisation code (characters 9–17)

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

export type OrgCodeResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'characters' }
  | {
      readonly ok: false;
      readonly reason: 'checksum';
      readonly actual: string;
      readonly expected: string;
    };

/** Eight body characters (0–9 = 0–9, A–Z = 10–35), weights 3 7 9 10 5 8 4 2; `11 − sum mod 11`, 10 → X, 11 → 0. */
export function orgCodeCheck(code: string): OrgCodeResult {
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) return { ok: false, reason: 'characters' };
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(code[i]!, 36) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  const expected = c === 10 ? 'X' : c === 11 ? '0' : String(c);
  return code[8] === expected
    ? { ok: true }
    : { ok: false, reason: 'checksum', actual: code[8]!, expected };
}

// ---------------------------------------------------------------------------------------------
// Characters 1–2: 登记管理部门 and 机构类别 (GB 32100-2015 附录; options.md)

export const USCC_AUTHORITIES: Readonly<
  Record<string, { readonly name: string; readonly categories: Readonly<Record<string, string>> }>
> = {
  '1': {
    name: '机构编制',
    categories: {
      '1': '机关',
      '2': '事业单位',
      '3': '中央编办直接管理机构编制的群众团体',
      '9': '其他',
    },
  },
  '2': { name: '外交', categories: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    categories: {
      '1': '律师执业机构',
      '2': '公证处',
      '3': '基层法律服务所',
      '4': '司法鉴定机构',
      '5': '仲裁委员会',
      '9': '其他',
    },
  },
  '4': { name: '文化', categories: { '1': '外国在华文化中心', '9': '其他' } },
  '5': {
    name: '民政',
    categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' },
  },
  '6': {
    name: '旅游',
    categories: {
      '1': '外国旅游部门常驻代表机构',
      '2': '港澳台地区旅游部门常驻内地（大陆）代表机构',
      '9': '其他',
    },
  },
  '7': { name: '宗教', categories: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', categories: { '1': '基层工会', '9': '其他' } },
  '9': {
    name: '工商（市场监管）',
    categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' },
  },
  A: { name: '中央军委改革和编制办公室', categories: { '1': '军队事业单位', '9': '其他' } },
  N: {
    name: '农业',
    categories: {
      '1': '组级集体经济组织',
      '2': '村级集体经济组织',
      '3': '乡镇级集体经济组织',
      '9': '其他',
    },
  },
  Y: { name: '其他', categories: { '1': '其他' } },
};

export type UsccCategory =
  | {
      readonly ok: true;
      readonly pair: string;
      readonly authority: string;
      readonly category: string;
    }
  | { readonly ok: false; readonly reason: 'authority'; readonly pair: string }
  | {
      readonly ok: false;
      readonly reason: 'category';
      readonly pair: string;
      readonly authority: string;
    };

/** Characters 1–2 of a code that passed `checkUscc`. Letters A, N and Y are legal in character 1. */
export function usccCategory(code: string): UsccCategory {
  const pair = code.slice(0, 2);
  const authority = USCC_AUTHORITIES[pair[0] ?? ''];
  if (!authority) return { ok: false, reason: 'authority', pair };
  const category = authority.categories[pair[1] ?? ''];
  if (category === undefined)
    return { ok: false, reason: 'category', pair, authority: authority.name };
  return { ok: true, pair, authority: authority.name, category };
}

/**
 * The categories each 单位类型 is registered under. Lenient on purpose (work/uscc-category is a
 * warning): a 公证处 or 仲裁委员会 is often a 事业单位, a 工会 a 社会团体; `其他` fits anything.
 */
export const UNIT_TYPE_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  机关: ['11', '19'],
  事业单位: ['12', '19', '32', '34', '35', 'A1', 'A9'],
  企业: ['91'],
  社会团体: ['13', '51', '59', '81', '89'],
  民办非企业单位: ['52', '59'],
  基金会: ['53'],
  个体工商户: ['92'],
  农民专业合作社: ['93'],
  律师事务所: ['31'],
};

/** Characters 3–8: the division code of the registering authority (`100000` for central bodies). */
export function usccRegionCode(code: string): string {
  return code.slice(2, 8);
}
