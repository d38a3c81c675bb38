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
  const name = result.person.name?.trim();
  const id = result.person.id_number?.trim();
  return {
    ...(name ? { name: showPii ? name : maskPii({ pii: 'name', value: name }) } : {}),
    ...(id ? { id_number: showPii ? id : maskPii({ pii: 'id', value: id }) } : {}),
  };
}
