import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { z } from 'zod';
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
import { fieldInfo, joinPath, profileSchema, splitPath, type Profile } from '../profile/schema.js';
import { showText, textFlaw, type TextFlaw } from '../profile/text.js';
import { closest } from '../util/closest.js';
import { openInFolder } from './folder.js';
import type { Normalisation, Position, ProfileFacts, ProfileProblem } from './types.js';

export const PROFILE_NAMES = ['profile.yaml', 'profile.yml'] as const;
/** A real profile is a few KB; past this it is not one, and parsing it would only cost time. */
export const MAX_PROFILE_BYTES = 1024 * 1024;
/** yaml's alias limit: a billion-laughs document fails fast instead of expanding. */
const MAX_ALIAS_COUNT = 100;

export async function findProfile(dir: string): Promise<string | undefined> {
  for (const name of PROFILE_NAMES) {
    try {
      await stat(path.join(dir, name));
      return name;
    } catch (error) {
      // Present but not to be looked at (a folder without search permission): the loader says why.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') return name;
      // else try the next spelling
    }
  }
  return undefined;
}

export async function loadProfile(dir: string): Promise<ProfileFacts> {
  const name = await findProfile(dir);
  if (name === undefined) return { status: 'missing' };
  const unusable = (messageId: string, detail?: string, position?: Position): ProfileFacts => ({
    status: 'unusable',
    file: name,
    problems: [{ kind: 'parse', messageId, detail, position }],
  });
  // Through the folder's one door: a profile that links outside the folder is not read.
  const opened = await openInFolder(dir, name);
  if (!opened.handle) {
    const access = opened.access;
    if (access.status === 'missing') return { status: 'missing' };
    if (access.reason === 'io') return unusable('read', access.detail);
    return unusable(access.reason === 'directory' ? 'special' : access.reason);
  }
  let bytes: Buffer;
  try {
    if (opened.access.size > MAX_PROFILE_BYTES)
      return unusable('too-large', String(opened.access.size));
    bytes = await opened.handle.readFile();
  } catch (error) {
    return unusable('read', (error as NodeJS.ErrnoException).code ?? String(error));
  } finally {
    await opened.handle.close().catch(() => {});
  }
  return parseProfile(name, bytes);
}

/** Parses and validates profile text; pure apart from its input, so tests can call it directly. */
export function parseProfile(file: string, bytes: Uint8Array): ProfileFacts {
  const unusable = (messageId: string, detail?: string, position?: Position): ProfileFacts => ({
    status: 'unusable',
    file,
    problems: [{ kind: 'parse', messageId, detail, position }],
  });
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return unusable('encoding', 'UTF-16');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return unusable('encoding', 'GBK?');
  }
  if (text.trim() === '') return unusable('empty');

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const messageId = first.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax';
    return unusable(messageId, first.message.split('\n')[0], pos(first.pos[0]));
  }
  if (!isMap(doc.contents)) {
    const range = (doc.contents as YamlNode | null)?.range;
    return unusable('not-a-map', undefined, range ? pos(range[0]) : { line: 1, column: 1 });
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return unusable('alias', String((error as Error).message), firstAlias(doc, pos));
  }

  const locate = (p: string): Position | undefined => locateIn(doc, p, pos);
  const problems: ProfileProblem[] = [];
  const invalid = new Set<string>();
  const normalisations: Normalisation[] = [];
  const data = normalise(raw as Record<string, unknown>, normalisations);

  const remove: string[] = [];
  const result = profileSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const at = joinPath(issue.path as (string | number)[]);
      if (issue.code === 'unrecognized_keys') {
        const known = fieldInfo(at)?.keys ?? [];
        for (const key of issue.keys) {
          const keyPath = joinPath([...(issue.path as (string | number)[]), key]);
          problems.push({ kind: 'unknown-key', path: keyPath, suggestion: closest(key, known) });
          remove.push(keyPath);
        }
        continue;
      }
      remove.push(at);
      invalid.add(at);
      const value = valueAt(data, at);
      // A value outside a list may be so only because of an invisible character: say which.
      const flaw = typeof value === 'string' ? textFlaw(value, at) : undefined;
      problems.push(
        flaw
          ? textProblem(at, value as string, flaw, doc, text, pos)
          : describeIssue(issue, at, value, doc, text),
      );
    }
  }
  // Every other string the schema accepted, free text above all: one that cannot go on the form
  // is reported and removed, so that no rule, report or .docx works with it.
  const skipped = [...remove];
  forEachString(data, [], (value, at) => {
    const p = joinPath(at);
    if (skipped.some((r) => p === r || p.startsWith(`${r}.`) || p.startsWith(`${r}[`))) return;
    const flaw = textFlaw(value, p);
    if (!flaw) return;
    problems.push(textProblem(p, value, flaw, doc, text, pos));
    remove.push(p);
    invalid.add(p);
  });
  const lenient = removePaths(data, remove);
  const check = profileSchema.safeParse(lenient);
  return {
    status: 'ok',
    file,
    data: check.success ? check.data : ({} as Profile),
    problems,
    invalidPaths: invalid,
    normalisations,
    locate,
  };
}

function describeIssue(
  issue: z.core.$ZodIssue,
  at: string,
  value: unknown,
  doc: Document,
  text: string,
): ProfileProblem {
  if (issue.code === 'custom' && (issue.params as { kind?: string } | undefined)?.kind === 'date')
    return { kind: 'invalid-date', path: at, value: String(value) };
  if (issue.code === 'invalid_value')
    return {
      kind: 'invalid-value',
      messageId: 'not-allowed',
      path: at,
      args: { value: String(value), allowed: issue.values.map(String).join('、') },
    };
  if (issue.code === 'too_small' || issue.code === 'too_big')
    return {
      kind: 'invalid-value',
      messageId: 'out-of-range',
      path: at,
      args: { value: String(value) },
    };
  const expected = expectedOf(issue, at);
  if (expected === 'string' && typeof value === 'number') {
    // YAML reads a bare 18-digit number as a float that has lost its last digits:
    // the source text is what the person typed.
    const source = sourceText(doc, text, at) ?? String(value);
    return {
      kind: 'invalid-value',
      messageId: 'quote-number',
      path: at,
      args: { value: source, quoted: `"${source}"` },
    };
  }
  return {
    kind: 'invalid-value',
    messageId: 'type',
    path: at,
    args: { expected, actual: kindOf(value), value: preview(value) },
  };
}

function textProblem(
  at: string,
  value: string,
  flaw: TextFlaw,
  doc: Document,
  text: string,
  pos: (offset: number) => Position,
): ProfileProblem {
  return {
    kind: 'invalid-text',
    path: at,
    flaw,
    shown: showText(value),
    position: textPosition(doc, text, at, flaw, pos),
  };
}

/**
 * The bad character where it stands in the file; where it was written as an escape (`"\uFFFE"`),
 * or the value is too long, where the value starts.
 */
function textPosition(
  doc: Document,
  text: string,
  at: string,
  flaw: TextFlaw,
  pos: (offset: number) => Position,
): Position | undefined {
  const { node, found } = nodeAt(doc, at);
  if (found < splitPath(at).length || !isScalar(node) || !node.range) return locateIn(doc, at, pos);
  const [start, end] = node.range;
  const offset = flaw.kind === 'too-long' ? -1 : text.slice(start, end).indexOf(flaw.raw);
  return pos(offset >= 0 ? start + offset : start);
}

function forEachString(
  value: unknown,
  at: (string | number)[],
  visit: (value: string, at: (string | number)[]) => void,
): void {
  if (typeof value === 'string') visit(value, at);
  else if (Array.isArray(value)) value.forEach((v, i) => forEachString(v, [...at, i], visit));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) forEachString(v, [...at, k], visit);
}

function expectedOf(issue: z.core.$ZodIssue, at: string): string {
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'invalid_union') {
    if (at === 'scope') return '1..5';
    return 'string';
  }
  return 'value';
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

function preview(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

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
function normalise(raw: Record<string, unknown>, notes: Normalisation[]): Record<string, unknown> {
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
function removePaths(
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

function valueAt(data: unknown, p: string): unknown {
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

function nodeAt(doc: Document, p: string): { node?: YamlNode; key?: YamlNode; found: number } {
  let node: unknown = doc.contents;
  let key: YamlNode | undefined;
  const parts = splitPath(p);
  let found = 0;
  for (const part of parts) {
    if (isMap(node)) {
      const pair = node.items.find(
        (it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(part),
      );
      if (!pair) break;
      key = pair.key as YamlNode;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (item === undefined) break;
      key = undefined;
      node = item;
    } else break;
    found++;
    if (node === null || node === undefined) break;
  }
  return { node: (node ?? undefined) as YamlNode | undefined, key, found };
}

function locateIn(
  doc: Document,
  p: string,
  pos: (offset: number) => Position,
): Position | undefined {
  const parts = splitPath(p);
  // Walk down as far as the document goes; the deepest present node is the position.
  for (let n = parts.length; n >= 0; n--) {
    const { node, key, found } = nodeAt(doc, joinPath(parts.slice(0, n)));
    if (found < n) continue;
    const anchor = key?.range ?? node?.range;
    if (anchor) return pos(anchor[0]);
  }
  return { line: 1, column: 1 };
}

function sourceText(doc: Document, text: string, p: string): string | undefined {
  const { node } = nodeAt(doc, p);
  if (!node?.range) return undefined;
  return text.slice(node.range[0], node.range[1]).trim();
}

function firstAlias(doc: Document, pos: (offset: number) => Position): Position | undefined {
  let found: Position | undefined;
  const visit = (node: unknown): void => {
    if (found || node === null || typeof node !== 'object') return;
    const n = node as {
      type?: string;
      range?: [number, number, number];
      items?: unknown[];
      key?: unknown;
      value?: unknown;
    };
    if ((node as { constructor: { name: string } }).constructor.name === 'Alias' && n.range) {
      found = pos(n.range[0]);
      return;
    }
    if (Array.isArray(n.items)) n.items.forEach(visit);
    if ('key' in n) visit(n.key);
    if ('value' in n) visit(n.value);
  };
  visit(doc.contents);
  return found;
}
