/**
 * The education levels (学历, GB/T 4658) and degrees (学位, GB/T 6864) as the platform's lists
 * spell them (src/profile/options.ts), grouped the way the rules, the materials and the
 * interactive form need them.
 */

/** 大专 and above: the levels 学信网 holds and the exam rules speak of. */
export const HIGHER_LEVELS: ReadonlySet<string> = new Set([
  '博士研究生',
  '硕士研究生',
  '研究生班',
  '大学本科',
  '大学专科',
]);

/** 本科 and above. */
export const BACHELOR_OR_HIGHER: ReadonlySet<string> = new Set([
  '博士研究生',
  '硕士研究生',
  '研究生班',
  '大学本科',
]);

/** Below 大专: no online record, the diploma must be uploaded. */
export const SECONDARY_LEVELS: ReadonlySet<string> = new Set([
  '中等专科',
  '技工学校',
  '职业高中',
  '高中',
  '初中及以下',
]);

/** How high a degree is: 第二学士 is a 学士. */
export const DEGREE_RANK: Readonly<Record<string, number>> = {
  学士: 1,
  第二学士: 1,
  硕士: 2,
  博士: 3,
};

/**
 * The degree a 学历 leads to (GB/T 6864): 本科 → 学士, 研究生班 and 硕士研究生 → 硕士,
 * 博士研究生 → 博士. Levels not listed lead to none.
 */
export const LEVEL_DEGREE: Readonly<Record<string, string>> = {
  大学本科: '学士',
  研究生班: '硕士',
  硕士研究生: '硕士',
  博士研究生: '博士',
};

/**
 * The degree that usually comes with a level, offered as the interactive default: the one it
 * leads to, except for 研究生班, which awards no degree of its own (a 硕士 only by 同等学力).
 */
export function usualDegree(level: string): string {
  if (level === '研究生班' || !Object.hasOwn(LEVEL_DEGREE, level)) return '无';
  return LEVEL_DEGREE[level] ?? '无';
}
