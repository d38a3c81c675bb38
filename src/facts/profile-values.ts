import {
  ACQUISITION_METHODS,
  DEGREES,
  DUTIES,
  EDUCATION_LEVELS,
  ETHNICITIES,
  ID_TYPES,
  INDUSTRIES,
  OTHER_QUALIFICATION_TYPES,
  PLAN_EXAMS,
  POLITICAL_STATUSES,
  QUALIFICATION_LEVELS,
  REAL_NAME_METHODS,
  UNIT_TYPES,
  WORK_STATUSES,
  canonicalOption,
  type OptionList,
} from '../profile/options.js';
import { joinPath, splitPath } from '../profile/schema.js';
import type { Normalisation } from './types.js';

/* The profile's values as plain data: normalised before validation, invalid ones removed after. */

/** The enumerated fields whose aliases become the canonical spelling. */
const OPTION_FIELDS: readonly (readonly [RegExp, OptionList])[] = [
  [/^basic\.id_type$/, ID_TYPES],
  [/^basic\.political_status$/, POLITICAL_STATUSES],
  [/^basic\.ethnicity$/, ETHNICITIES],
  [/^basic\.real_name$/, REAL_NAME_METHODS],
  [/^education\[\d+\]\.level$/, EDUCATION_LEVELS],
  [/^education\[\d+\]\.degree$/, DEGREES],
  [/^work\[\d+\]\.unit_type$/, UNIT_TYPES],
  [/^work\[\d+\]\.industry$/, INDUSTRIES],
  [/^work\[\d+\]\.status$/, WORK_STATUSES],
  [/^work\[\d+\]\.duties\[\d+\]$/, DUTIES],
  [/^qualifications\.(accounting|other)\[\d+\]\.level$/, QUALIFICATION_LEVELS],
  [/^qualifications\.(accounting|other)\[\d+\]\.method$/, ACQUISITION_METHODS],
  [/^qualifications\.other\[\d+\]\.type$/, OTHER_QUALIFICATION_TYPES],
  [/^plan\.exam$/, PLAN_EXAMS],
];

/**
 * Drops empty values (`name:` with nothing after it is a missing field, not a null one),
 * turns a scalar `duties`/`proof` into a list, and rewrites aliases to the canonical spelling.
 */
export function normalise(
  raw: Record<string, unknown>,
  notes: Normalisation[],
): Record<string, unknown> {
  const walk = (value: unknown, at: (string | number)[]): unknown => {
    if (value === null || value === undefined) return undefined;
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed === '') return undefined;
      const p = joinPath(at);
      for (const [pattern, options] of OPTION_FIELDS) {
        if (!pattern.test(p)) continue;
        const canonical = canonicalOption(options, trimmed);
        if (canonical !== undefined && canonical !== value) {
          notes.push({ path: p, from: value, to: canonical });
          return canonical;
        }
      }
      return trimmed;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...at, i]));
    if (typeof value === 'object') {
      const out = record();
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        const w = walk(v, [...at, k]);
        if (w !== undefined) out[k] = w;
      }
      return out;
    }
    // Scope and the plan year are the only numbers; a date-like number (2009) is reported as a type error.
    return value;
  };
  const out = walk(raw, []) as Record<string, unknown>;
  const work = out['work'];
  if (Array.isArray(work))
    for (const entry of work)
      if (
        entry &&
        typeof entry === 'object' &&
        typeof (entry as Record<string, unknown>)['duties'] === 'string'
      ) {
        const e = entry as Record<string, unknown>;
        e['duties'] = String(e['duties'])
          .split(/[,，、;；\n]+/)
          .map((s) => s.trim())
          .filter((s) => s !== '')
          .map((s) => canonicalOption(DUTIES, s) ?? s);
      }
  return out;
}

const REMOVED = Symbol('removed');

/** A copy without the values at `paths`; an entry of a list of maps becomes `{}` so indexes stay. */
export function removePaths(
  data: Record<string, unknown>,
  paths: readonly string[],
): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const p of paths) {
    const parts = splitPath(p);
    if (parts.length === 0) return {};
    let parent: unknown = copy;
    for (const part of parts.slice(0, -1)) {
      parent = ownValue(parent, part);
      if (parent === null || typeof parent !== 'object') break;
    }
    if (parent === null || typeof parent !== 'object') continue;
    const last = parts[parts.length - 1]!;
    if (Array.isArray(parent) && typeof last === 'number') parent[last] = REMOVED;
    else delete (parent as Record<string, unknown>)[last as string];
  }
  const sweep = (v: unknown, parentKey: string | number | undefined): unknown => {
    if (Array.isArray(v)) {
      const objectList = ['education', 'work', 'accounting', 'other', 'waivers'].includes(
        String(parentKey),
      );
      return objectList
        ? v.map((x) => (x === REMOVED ? {} : sweep(x, undefined)))
        : v.filter((x) => x !== REMOVED).map((x) => sweep(x, undefined));
    }
    if (v && typeof v === 'object') {
      const out = record();
      for (const [k, x] of Object.entries(v)) out[k] = sweep(x, k);
      return out;
    }
    return v;
  };
  return sweep(copy, undefined) as Record<string, unknown>;
}

export function valueAt(data: unknown, p: string): unknown {
  let v = data;
  for (const part of splitPath(p)) v = ownValue(v, part);
  return v;
}

/**
 * An object without a prototype: a profile key such as `__proto__` or `constructor` is then an
 * ordinary own key (reported as unknown), not a setter or an inherited method.
 */
function record(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** `value[part]` if `value` has it as its own property; never an inherited one. */
function ownValue(value: unknown, part: string | number): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return Object.hasOwn(value, part) ? (value as Record<string | number, unknown>)[part] : undefined;
}

export function forEachString(
  value: unknown,
  at: (string | number)[],
  visit: (value: string, at: (string | number)[]) => void,
): void {
  if (typeof value === 'string') visit(value, at);
  else if (Array.isArray(value)) value.forEach((v, i) => forEachString(v, [...at, i], visit));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) forEachString(v, [...at, k], visit);
}
