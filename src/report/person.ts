import type { CheckResult } from '../engine/types.js';
import { maskPii } from '../messages/format.js';

export interface MaskedPerson {
  readonly name?: string;
  readonly id_number?: string;
}

/**
 * The person a report is about, masked the way the platform shows it (`张*`, `530*****3716`)
 * unless `showPii`. Absent or blank values are left out rather than shown empty.
 */
export function maskedPerson(result: Pick<CheckResult, 'person'>, showPii: boolean): MaskedPerson {
  const name = scalar(result.person.name);
  const id = scalar(result.person.id_number);
  return {
    ...(name ? { name: showPii ? name : maskPii({ pii: 'name', value: name }) } : {}),
    ...(id ? { id_number: showPii ? id : maskPii({ pii: 'id', value: id }) } : {}),
  };
}

/** A value read from YAML may be a number (an unquoted ID) or anything else: only text is shown. */
function scalar(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
}
