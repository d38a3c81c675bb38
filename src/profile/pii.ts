import type { Pii } from '../engine/types.js';

/**
 * The profile fields that hold personal data, and how a report masks them. Whatever a person
 * writes there (a string, an unquoted number, a list, a map), a finding that quotes the value
 * carries it as `Pii`, so that every format masks it unless `--show-pii`.
 * Each pattern also matches a path inside the field (`basic.id_number[0]`).
 */
const PII_FIELDS: readonly (readonly [RegExp, Pii['pii']])[] = [
  [/^basic\.id_number(?=$|[.[])/, 'id'],
  [/^basic\.phone(?=$|[.[])/, 'phone'],
  [/^basic\.name(?=$|[.[])/, 'name'],
  [/^work\[\d+\]\.contact\.phone(?=$|[.[])/, 'phone'],
  [/^work\[\d+\]\.contact\.name(?=$|[.[])/, 'name'],
];

/** The kind of personal data at a YAML path, if it holds any. */
export function piiKindOf(path: string): Pii['pii'] | undefined {
  return PII_FIELDS.find(([pattern]) => pattern.test(path))?.[1];
}
