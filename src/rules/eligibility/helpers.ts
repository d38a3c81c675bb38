import type { Facts } from '../../facts/types.js';
import type { Profile } from '../../profile/schema.js';

/** The profile and its plan, for the exam given; eligibility rules run only with `plan`. */
export function plan(
  facts: Facts,
  exam: '初级' | '中级' | '高级',
): { profile: Profile; year: number } | undefined {
  if (facts.profile.status !== 'ok') return undefined;
  const profile = facts.profile.data;
  const year = profile.plan?.year;
  if (profile.plan?.exam !== exam || typeof year !== 'number') return undefined;
  return { profile, year };
}

/** `53 个月（4 年 5 个月）`. */
export function months(count: number): { zh: string; en: string } {
  const y = Math.floor(count / 12);
  const m = count % 12;
  const zh =
    y === 0
      ? `${m} 个月`
      : m === 0
        ? `${count} 个月（${y} 年）`
        : `${count} 个月（${y} 年 ${m} 个月）`;
  const en =
    y === 0
      ? `${m} months`
      : m === 0
        ? `${count} months (${y} years)`
        : `${count} months (${y} years ${m} months)`;
  return { zh, en };
}

/** How an education entry is named in a message: `大学本科、学士`. */
export function educationLabel(level: string | undefined, degree: string | undefined): string {
  if (level === undefined) return degree ?? '';
  return degree === undefined || degree === '无' ? level : `${level}、${degree}`;
}
