import { BACHELOR_OR_HIGHER } from '../platform/levels.js';
import {
  dayNumber,
  daysInMonth,
  isOngoing,
  parseDate,
  type PartialDate,
} from '../profile/dates.js';
import { EDUCATION_LEVELS } from '../profile/options.js';
import type { EducationEntry, Profile } from '../profile/schema.js';

/**
 * Exam eligibility (rules.md, "Exam eligibility"; the yearly notices, 2026: 会考〔2025〕2号;
 * 财会〔2000〕16号). Work is counted in whole calendar months up to 31 December of the exam year:
 *
 * - every work entry is accounting work (the platform lists nothing else); `至今` runs to
 *   31 December of the exam year; a month-only end (`2015-06`) covers that whole month;
 * - every full-time (全日制) study period is taken out, its graduation day included (the guide
 *   counts work only from the day after graduation); non-full-time study time counts;
 * - overlapping entries are merged, so a month is never counted twice;
 * - a month counts when every day of it is covered by what is left.
 *
 * This reproduces the published table for the 2026 中级 exam (graduation on 07-01, work from
 * 07-02): July is not whole, so work counts from August — 大专 2021 gives 65 months (≥ 60),
 * 本科 2022 53 (≥ 48), 第二学士/研究生班 2024 29 (≥ 24), 硕士 2025 17 (≥ 12), and one year later
 * each falls 7 months short.
 */

/** Inclusive day numbers (days since 1970-01-01). */
export interface Period {
  readonly start: number;
  readonly end: number;
}

function day(year: number, month: number, dayOfMonth: number): number {
  return dayNumber({ year, month, day: dayOfMonth, monthOnly: false });
}

export function endOfYear(year: number): number {
  return day(year, 12, 31);
}

function endOfMonth(d: PartialDate): number {
  return day(d.year, d.month, daysInMonth(d.year, d.month));
}

/** `a` without the days of `cut`. */
function subtract(a: readonly Period[], cut: Period): Period[] {
  const out: Period[] = [];
  for (const p of a) {
    if (cut.end < p.start || cut.start > p.end) {
      out.push(p);
      continue;
    }
    if (cut.start > p.start) out.push({ start: p.start, end: cut.start - 1 });
    if (cut.end < p.end) out.push({ start: cut.end + 1, end: p.end });
  }
  return out;
}

/** Sorted, with overlapping and adjacent periods joined. */
export function mergePeriods(periods: readonly Period[]): Period[] {
  const sorted = [...periods].filter((p) => p.end >= p.start).sort((a, b) => a.start - b.start);
  const out: Period[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.start <= last.end + 1)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, p.end) };
    else out.push({ ...p });
  }
  return out;
}

function monthIndex(dayNo: number): { index: number; firstDay: boolean; lastDay: boolean } {
  const d = new Date(dayNo * 86_400_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  return {
    index: y * 12 + (m - 1),
    firstDay: d.getUTCDate() === 1,
    lastDay: d.getUTCDate() === daysInMonth(y, m),
  };
}

/** Whole calendar months covered by `work` minus `study`, counting only days in [from, until]. */
export function countMonths(
  work: readonly Period[],
  study: readonly Period[],
  until: number,
  from = Number.NEGATIVE_INFINITY,
): number {
  let left = work
    .map((p) => ({ start: Math.max(p.start, from), end: Math.min(p.end, until) }))
    .filter((p) => p.end >= p.start);
  for (const s of study) left = subtract(left, s);
  let months = 0;
  for (const p of mergePeriods(left)) {
    const a = monthIndex(p.start);
    const b = monthIndex(p.end);
    const first = a.firstDay ? a.index : a.index + 1;
    const last = b.lastDay ? b.index : b.index - 1;
    months += Math.max(0, last - first + 1);
  }
  return months;
}

// ---------------------------------------------------------------------------------------------
// From the profile

export interface Timeline {
  readonly work: readonly Period[];
  readonly study: readonly Period[];
  /** Some work entry is `至今`: the count grows with the exam year. */
  readonly ongoingWork: boolean;
}

/**
 * Work and full-time study periods up to 31 December of `year`; undefined when a work entry or a
 * full-time study entry lacks a usable date (the rule then stays silent: profile/required or
 * profile/invalid-date already reports it).
 */
export function timeline(p: Profile, year: number): Timeline | undefined {
  const until = endOfYear(year);
  const work: Period[] = [];
  let ongoingWork = false;
  for (const w of p.work ?? []) {
    const start = w.start === undefined ? undefined : parseDate(w.start);
    if (!start || w.end === undefined) return undefined;
    let end: number;
    if (isOngoing(w.end)) {
      end = until;
      ongoingWork = true;
    } else {
      const e = parseDate(w.end);
      if (!e) return undefined;
      end = e.monthOnly ? endOfMonth(e) : dayNumber(e);
    }
    work.push({ start: dayNumber(start), end });
  }
  const study: Period[] = [];
  for (const e of p.education ?? []) {
    if (e.mode !== '全日制') continue;
    const start = e.start === undefined ? undefined : parseDate(e.start);
    if (!start || e.end === undefined) return undefined;
    const end = isOngoing(e.end) ? until : parseDate(e.end);
    if (end === undefined) return undefined;
    study.push({ start: dayNumber(start), end: typeof end === 'number' ? end : dayNumber(end) });
  }
  return { work, study, ongoingWork };
}

/** An education entry that has ended (a date, not `至今`, not after today). */
export function isCompleted(e: EducationEntry, today: string): boolean {
  if (e.end === undefined || isOngoing(e.end)) return false;
  const end = parseDate(e.end);
  const now = parseDate(today);
  return end !== undefined && now !== undefined && dayNumber(end) <= dayNumber(now);
}

export function levelRank(level: string | undefined): number {
  const i = level === undefined ? -1 : EDUCATION_LEVELS.values.indexOf(level);
  return i < 0 ? Number.POSITIVE_INFINITY : i;
}

/** Months of work the 中级 exam asks after this education; undefined when it does not qualify. */
export function intermediateMonthsNeeded(e: EducationEntry): number | undefined {
  if (e.degree === '博士') return 0;
  if (e.degree === '硕士') return 12;
  if (e.degree === '第二学士' || e.level === '研究生班') return 24;
  // A 硕士/博士研究生 graduate without the degree: the 1-year rule speaks of the degree, and the
  // 2-year 研究生班 rule is the local office's call (eligibility/master-without-degree warns).
  // Counted here as 研究生班, so that this error never fires where the office may say yes.
  if (e.level === '硕士研究生' || e.level === '博士研究生') return 24;
  if (e.level === '大学本科' || e.degree === '学士') return 48;
  if (e.level === '大学专科') return 60;
  return undefined;
}

/** Months of work after obtaining 会计师 the 高级 evaluation asks after this education. */
export function seniorMonthsNeeded(e: EducationEntry): number | undefined {
  if (e.degree === '博士') return 24;
  if (
    ['学士', '第二学士', '硕士'].includes(e.degree ?? '') ||
    BACHELOR_OR_HIGHER.has(e.level ?? '')
  )
    return 60;
  if (e.level === '大学专科') return 120;
  return undefined;
}

export interface Requirement {
  /** Index of the education entry that asks the fewest months. */
  readonly index: number;
  readonly entry: EducationEntry;
  readonly months: number;
}

/** The completed education that asks the fewest months. */
export function bestEducation(
  p: Profile,
  today: string,
  needed: (e: EducationEntry) => number | undefined,
): Requirement | undefined {
  let best: Requirement | undefined;
  (p.education ?? []).forEach((entry, index) => {
    if (!isCompleted(entry, today)) return;
    const months = needed(entry);
    if (months !== undefined && (!best || months < best.months)) best = { index, entry, months };
  });
  return best;
}

export type YearsCheck =
  | { readonly status: 'met'; readonly counted: number; readonly needed: number }
  | {
      readonly status: 'short';
      readonly counted: number;
      readonly needed: number;
      /** First exam year in which the count reaches `needed`; undefined when it never grows. */
      readonly firstYear?: number;
    };

/** How far ahead a first qualifying year is searched (the longest requirement is 10 years). */
const HORIZON = 15;

/** Counts the months up to 31 December of `year`, and if short, the first year that is enough. */
export function checkYears(
  p: Profile,
  year: number,
  needed: number,
  from = Number.NEGATIVE_INFINITY,
): YearsCheck | undefined {
  const t = timeline(p, year);
  if (!t) return undefined;
  const counted = countMonths(t.work, t.study, endOfYear(year), from);
  if (counted >= needed) return { status: 'met', counted, needed };
  if (!t.ongoingWork) return { status: 'short', counted, needed };
  for (let y = year + 1; y <= year + HORIZON; y++) {
    const later = timeline(p, y);
    if (later && countMonths(later.work, later.study, endOfYear(y), from) >= needed)
      return { status: 'short', counted, needed, firstYear: y };
  }
  return { status: 'short', counted, needed };
}
