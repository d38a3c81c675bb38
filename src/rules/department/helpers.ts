import type { Facts } from '../../facts/types.js';
import { matchDepartment, type DepartmentMatch } from '../../ids/divisions.js';
import type { Profile } from '../../profile/schema.js';

export type DivisionMatch = Extract<DepartmentMatch, { kind: 'division' }>;

/** The profile and its department, when the department names a known division or body. */
export function department(
  facts: Facts,
): { profile: Profile; value: string; match: Extract<DepartmentMatch, { ok: true }> } | undefined {
  if (facts.profile.status !== 'ok') return undefined;
  const profile = facts.profile.data;
  const value = profile.department;
  if (typeof value !== 'string') return undefined;
  const match = matchDepartment(value);
  // An unknown department is department/unknown's finding.
  return match.ok ? { profile, value, match } : undefined;
}
