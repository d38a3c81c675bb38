import type { Facts } from '../../facts/types.js';
import { isOngoing } from '../../profile/dates.js';
import type { Profile, WorkEntry } from '../../profile/schema.js';

/** The profile when it could be read, with its scope. */
export function profileWithScope(facts: Facts): (Profile & { scope: number }) | undefined {
  if (facts.profile.status !== 'ok' || facts.profile.data.scope === undefined) return undefined;
  return facts.profile.data as Profile & { scope: number };
}

/** Work entries still going on (`end: 至今`), with their index. */
export function currentWork(p: Profile): { entry: WorkEntry; index: number }[] {
  return (p.work ?? [])
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.end !== undefined && isOngoing(entry.end));
}
