import type { Term } from '../../engine/types.js';
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

/** `53 个月（4 年 5 个月）`: the `months` term of src/messages/terms.ts. */
export function months(count: number): Term {
  const years = Math.floor(count / 12);
  const rest = count % 12;
  const key = years === 0 ? 'months' : rest === 0 ? 'years' : 'years-months';
  return { term: 'months', key, args: { count, years, months: rest } };
}

/** How an education entry is named in a message: `大学本科、学士`. */
export function educationLabel(level: string | undefined, degree: string | undefined): string {
  if (level === undefined) return degree ?? '';
  return degree === undefined || degree === '无' ? level : `${level}、${degree}`;
}
