import type { Facts, MaterialSlot } from '../../facts/types.js';
import type { EducationEntry } from '../../profile/schema.js';

/** 大专 and above: the levels 学信网 holds and the exam rules speak of. */
export const HIGHER_LEVELS = new Set([
  '博士研究生',
  '硕士研究生',
  '研究生班',
  '大学本科',
  '大学专科',
]);
export const BACHELOR_OR_HIGHER = new Set(['博士研究生', '硕士研究生', '研究生班', '大学本科']);

export function educationEntries(facts: Facts): { entry: EducationEntry; index: number }[] {
  if (facts.profile.status !== 'ok') return [];
  return (facts.profile.data.education ?? []).map((entry, index) => ({ entry, index }));
}

export function proofSlot(facts: Facts, index: number): MaterialSlot | undefined {
  return facts.materials.find((m) => m.field === `education[${index}].proof`);
}

export { date } from '../period.js';
