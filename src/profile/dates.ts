/**
 * Dates in the profile are `YYYY-MM-DD`, or `YYYY-MM` where the month is all a person knows
 * (read as the first of the month), or `至今`/`present` for something still going on
 * (docs/spec/profile.md). They stay strings: YAML 1.2 core schema never makes timestamps.
 */
export const ONGOING = ['至今', 'present'] as const;

export interface PartialDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** True when only `YYYY-MM` was given. */
  readonly monthOnly: boolean;
}

export function isOngoing(value: string): boolean {
  return (ONGOING as readonly string[]).includes(value.trim().toLowerCase());
}

export function parseDate(value: string): PartialDate | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, monthOnly: m[3] === undefined };
}

export function isDateText(value: string, allowOngoing: boolean): boolean {
  if (allowOngoing && isOngoing(value)) return true;
  return parseDate(value) !== undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01, for ordering and differences. */
export function dayNumber(d: PartialDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function formatDate(d: PartialDate): string {
  // Four digits always: `0000-01-01` stays itself, not `0-01-01` (issue 14 item 4).
  const yyyy = String(d.year).padStart(4, '0');
  const mm = String(d.month).padStart(2, '0');
  return d.monthOnly ? `${yyyy}-${mm}` : `${yyyy}-${mm}-${String(d.day).padStart(2, '0')}`;
}

/** Whole years from `birth` to `on` (an age). */
export function yearsBetween(birth: PartialDate, on: PartialDate): number {
  let years = on.year - birth.year;
  if (on.month < birth.month || (on.month === birth.month && on.day < birth.day)) years--;
  return years;
}

export function todayText(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
