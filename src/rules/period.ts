import type { Report } from '../engine/types.js';
import { dayNumber, parseDate, type PartialDate } from '../profile/dates.js';

/** A profile date field as a date, when it is one (validation reports the others). */
export function date(text: string | undefined): PartialDate | undefined {
  return typeof text === 'string' ? parseDate(text) : undefined;
}

/**
 * What education and work periods share: a start not after today, and a closed end after the
 * start and not after today. `至今` (ongoing) ends are each rule's own business.
 */
export function checkPeriod<M extends string>(
  report: Report<M | 'start-future' | 'order'>,
  field: string,
  period: { readonly start?: string | undefined; readonly end?: string | undefined },
  today: { readonly text: string; readonly date: PartialDate },
  endFutureId: M,
): void {
  const start = date(period.start);
  if (start && dayNumber(start) > dayNumber(today.date))
    report({
      field: `${field}.start`,
      messageId: 'start-future',
      args: { start: period.start!, today: today.text },
    });
  const end = date(period.end);
  if (!end) return;
  if (start && dayNumber(start) >= dayNumber(end))
    report({
      field: `${field}.end`,
      messageId: 'order',
      args: { start: period.start!, end: period.end! },
    });
  else if (dayNumber(end) > dayNumber(today.date))
    report({
      field: `${field}.end`,
      messageId: endFutureId,
      args: { end: period.end!, today: today.text },
    });
}
