import type { Facts, MaterialSlot } from '../../facts/types.js';
import type { EducationEntry } from '../../profile/schema.js';

export function educationEntries(facts: Facts): { entry: EducationEntry; index: number }[] {
  if (facts.profile.status !== 'ok') return [];
  return (facts.profile.data.education ?? []).map((entry, index) => ({ entry, index }));
}

export function proofSlot(facts: Facts, index: number): MaterialSlot | undefined {
  return facts.materials.find((m) => m.field === `education[${index}].proof`);
}

export { date } from '../period.js';
