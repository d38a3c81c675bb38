import type { Facts } from '../../facts/types.js';
import { dayNumber, isOngoing, type PartialDate } from '../../profile/dates.js';
import { date } from '../period.js';
import type { EducationEntry, WorkEntry } from '../../profile/schema.js';

export function workEntries(facts: Facts): { entry: WorkEntry; index: number }[] {
  if (facts.profile.status !== 'ok') return [];
  return (facts.profile.data.work ?? []).map((entry, index) => ({ entry, index }));
}

export { date } from '../period.js';

export interface Study {
  readonly entry: EducationEntry;
  readonly index: number;
  readonly start: PartialDate;
  /** undefined while the programme is still going on (`至今`). */
  readonly end?: PartialDate;
}

/** Full-time (全日制) study periods with usable dates; non-full-time study is exempt (guide 一（三）). */
export function fullTimeStudy(facts: Facts): Study[] {
  if (facts.profile.status !== 'ok') return [];
  const out: Study[] = [];
  (facts.profile.data.education ?? []).forEach((entry, index) => {
    if (entry.mode !== '全日制') return;
    const start = date(entry.start);
    if (!start || entry.end === undefined) return;
    if (isOngoing(entry.end)) {
      out.push({ entry, index, start });
      return;
    }
    const end = date(entry.end);
    // Dates out of order are education/dates' finding, not a study period.
    if (end && dayNumber(end) > dayNumber(start)) out.push({ entry, index, start, end });
  });
  return out;
}

export function sameMonth(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month;
}

export function dayAfter(d: PartialDate): string {
  const next = new Date((dayNumber(d) + 1) * 86_400_000);
  return next.toISOString().slice(0, 10);
}
