import type { Pii, Term } from '../../engine/types.js';
import type { Facts } from '../../facts/types.js';
import { checkResidentId, type ResidentIdResult } from '../../ids/resident-id.js';
import type { Profile } from '../../profile/schema.js';

export const RESIDENT_ID = '内地居民身份证';

export interface IdNumber {
  readonly profile: Profile;
  readonly number: string;
  /** `basic.id_type`, or 内地居民身份证 when it is missing and the number has that shape. */
  readonly type: string;
}

/** The ID number and its type; undefined when either is missing (profile/required reports it). */
export function idNumber(facts: Facts): IdNumber | undefined {
  if (facts.profile.status !== 'ok') return undefined;
  const profile = facts.profile.data;
  const number = profile.basic?.id_number;
  if (typeof number !== 'string') return undefined;
  let type = profile.basic?.id_type;
  // A missing or invalid id_type is reported on its own; a number that is plainly a resident ID
  // is still worth checking.
  if (type === undefined && /^\s*(\d{15}|\d{17}[\dXx])\s*$/.test(number)) type = RESIDENT_ID;
  return type === undefined ? undefined : { profile, number, type };
}

/** The resident ID check, for a 内地居民身份证 only. */
export function residentId(
  facts: Facts,
): (IdNumber & { readonly result: ResidentIdResult }) | undefined {
  const id = idNumber(facts);
  if (!id || id.type !== RESIDENT_ID) return undefined;
  return { ...id, result: checkResidentId(id.number) };
}

export function idArg(value: string): Pii {
  return { pii: 'id', value };
}

/** Says that the number was checked in its cleaned-up form, when that mattered. */
export function normalisedNote(changed: boolean): Term {
  return { term: 'id-normalised', key: changed ? 'changed' : 'unchanged' };
}
