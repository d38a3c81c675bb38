import { isDeepStrictEqual } from 'node:util';
import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { fieldInfo, joinPath, splitPath } from '../profile/schema.js';
import { commentFor, isQuoted } from './fields.js';

export const SCHEMA_LINE = ' yaml-language-server: $schema=./profile.schema.json';
const TOP_SECTIONS = new Set(['basic', 'education', 'work', 'qualifications', 'plan', 'waivers']);
const TO_STRING = { nullStr: '', lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * A whole profile as `init` writes it: a Chinese comment on every key, numbers kept as quoted
 * text, lists of names on one line, a blank line before each section, and the schema line that
 * makes an editor's YAML language server show the platform's labels.
 */
export function renderProfile(data: Readonly<Record<string, unknown>>): string {
  const doc = new Document(data, { schema: 'core' });
  decorate(doc.contents as YamlNode, []);
  doc.commentBefore = `${SCHEMA_LINE}\n 由 ausm-check init 生成；可直接修改，改完运行 ausm-check 检查。`;
  if (isMap(doc.contents))
    for (const pair of doc.contents.items)
      if (isScalar(pair.key) && TOP_SECTIONS.has(String(pair.key.value)))
        (pair.key as YamlNode).spaceBefore = true;
  return doc.toString(TO_STRING);
}

/** Adds the comments, quoting and flow lists to a node built from `path`'s value. */
function decorate(node: YamlNode | null | undefined, path: (string | number)[]): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const child = [...path, String(pair.key.value)];
      const p = joinPath(child);
      const value = pair.value as YamlNode | null;
      const comment = ` ${commentFor(p, isScalar(value) ? value.value : undefined)}`;
      if (isSeq(value) && value.items.every((i) => isScalar(i))) {
        value.flow = true;
        value.comment = comment;
      } else if (isScalar(value)) {
        if (typeof value.value === 'string' && isQuoted(p)) value.type = 'QUOTE_DOUBLE';
        value.comment = comment;
      } else if (value === null) {
        // `key:` with nothing after it: the comment goes on the key.
        (pair.key as YamlNode).comment = comment;
      } else (pair.key as YamlNode).comment = comment;
      decorate(value, child);
    }
  } else if (isSeq(node)) node.items.forEach((item, i) => decorate(item as YamlNode, [...path, i]));
}

/** One value in the form it takes after `key: ` (a scalar, or a list of scalars in brackets). */
export function inlineText(path: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && (isQuoted(path) || value.includes('\n')))
    return JSON.stringify(value);
  const doc = new Document(value, { schema: 'core' });
  if (isSeq(doc.contents)) doc.contents.flow = true;
  return doc.toString(TO_STRING).trimEnd();
}

function isInline(value: unknown): boolean {
  return (
    value === null ||
    typeof value !== 'object' ||
    (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object'))
  );
}

/** A block of YAML lines for a map or a list of maps at `path`, indented by `indent` spaces. */
function blockText(path: (string | number)[], value: unknown, indent: number): string {
  const doc = new Document(value, { schema: 'core' });
  decorate(doc.contents as YamlNode, path);
  const pad = ' '.repeat(indent);
  return doc
    .toString(TO_STRING)
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

/** `key: value # comment`, or `key: # comment` and the block below it. */
function pairText(path: (string | number)[], value: unknown, indent: number): string {
  const key = String(path[path.length - 1]);
  const p = joinPath(path);
  const comment = commentFor(p, value);
  const tail = comment ? ` # ${comment}` : '';
  if (isInline(value)) {
    const text = inlineText(p, value);
    return `${' '.repeat(indent)}${key}:${text === '' ? '' : ` ${text}`}${tail}`;
  }
  return `${' '.repeat(indent)}${key}:${tail}\n${blockText(path, value, indent + 2)}`;
}

export interface Edit {
  readonly path: string;
  /** A scalar, a list of scalars, or a map / list of maps for a new entry or section. */
  readonly value: unknown;
}

/**
 * Writes values into profile text by splicing: only the bytes of the values that change (and
 * the lines of keys that are added) differ; comments, key order, quoting and spacing of every
 * other line are kept byte for byte, which re-printing a YAML document would not do.
 * Throws when the result does not read back as the values asked for.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of edits) out = applyEdit(out, edit);
  const doc = parseDocument(out, { schema: 'core' });
  if (doc.errors.length > 0)
    throw new Error(`edited profile does not parse: ${doc.errors[0]!.message}`);
  for (const edit of edits) {
    const got = doc.getIn(splitPath(edit.path)) as unknown;
    const js =
      got !== null && typeof got === 'object' && 'toJSON' in got
        ? (got as { toJSON(): unknown }).toJSON()
        : got;
    if (!isDeepStrictEqual(js ?? null, edit.value ?? null))
      throw new Error(`edited profile does not read back ${edit.path}`);
  }
  return out;
}

function applyEdit(text: string, edit: Edit): string {
  const doc = parseDocument(text, { schema: 'core', keepSourceTokens: false });
  if (doc.errors.length > 0) throw new Error(`profile does not parse: ${doc.errors[0]!.message}`);
  const parts = splitPath(edit.path);
  if (parts.length === 0) throw new Error('empty path');
  if (!isMap(doc.contents)) {
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null))
      return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${pairText([parts[0]!], nest(parts.slice(1), edit.value), 0)}\n`;
    throw new Error('profile is not a map');
  }
  let node: YAMLMap | YAMLSeq = doc.contents;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const here = parts.slice(0, i + 1);
    const rest = parts.slice(i + 1);
    if (isMap(node)) {
      if (typeof part !== 'string') throw new Error(`${joinPath(here)}: a map, not a list`);
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === part,
      ) as Pair<YamlNode, YamlNode | null> | undefined;
      if (!pair) return insertPair(text, node, here, nest(rest, edit.value));
      const value = pair.value;
      if (rest.length === 0 || isEmpty(value)) {
        const wanted = nest(rest, edit.value);
        return replaceValue(text, pair, here, wanted);
      }
      if (!isMap(value) && !isSeq(value)) throw new Error(`${joinPath(here)} is not a map or list`);
      node = value;
    } else {
      if (typeof part !== 'number') throw new Error(`${joinPath(here)}: a list, not a map`);
      if (part === node.items.length) return appendItem(text, node, here, nest(rest, edit.value));
      const item = node.items[part] as YamlNode | undefined;
      if (item === undefined) throw new Error(`${joinPath(here)}: no such entry`);
      if (rest.length === 0) {
        if (!isScalar(item) || !isInline(edit.value))
          throw new Error(`${joinPath(here)}: not a value`);
        return splice(text, item.range![0], item.range![1], inlineText(joinPath(here), edit.value));
      }
      if (!isMap(item) && !isSeq(item)) throw new Error(`${joinPath(here)} is not a map or list`);
      node = item;
    }
  }
  throw new Error('unreachable');
}

/** The value for the rest of a path: `['contact', 'phone']`, v → `{ contact: { phone: v } }`. */
function nest(rest: readonly (string | number)[], value: unknown): unknown {
  let v = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const part = rest[i]!;
    v = typeof part === 'number' ? [v] : { [part]: v };
  }
  return v;
}

function isEmpty(node: YamlNode | null | undefined): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the newline ending the last line of content before `end` (or the text's end). */
function contentLineEnd(text: string, start: number, end: number): number {
  let p = end;
  while (p > start && /\s/.test(text[p - 1]!)) p--;
  const nl = text.indexOf('\n', p);
  return nl < 0 ? text.length : nl;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function insertLines(text: string, at: number, lines: string): string {
  // `at` is the end of a line (its newline, or the end of the text).
  return splice(text, at, at, `\n${lines}`);
}

/** A pair whose key is there: the value is replaced where it stands, its comment kept. */
function replaceValue(
  text: string,
  pair: Pair<YamlNode, YamlNode | null>,
  path: (string | number)[],
  value: unknown,
): string {
  const p = joinPath(path);
  const key = pair.key;
  const old = pair.value;
  if (isInline(value)) {
    const inline = inlineText(p, value);
    if (old && !isEmpty(old)) {
      if (old.range![0] === old.range![1]) throw new Error(`${p}: no position`);
      if ((isMap(old) || isSeq(old)) && !old.flow && !isScalar(old))
        return splice(
          text,
          old.range![0],
          contentLineEnd(text, old.range![0], old.range![1]),
          inline,
        );
      return splice(text, old.range![0], old.range![1], inline);
    }
    if (old && isScalar(old) && old.source !== '' && old.range![1] > old.range![0])
      return splice(text, old.range![0], old.range![1], inline); // `~`, `null`
    const colon = text.indexOf(':', key.range![1]);
    return splice(text, colon + 1, colon + 1, inline === '' ? '' : ` ${inline}`);
  }
  if (old && !isEmpty(old)) throw new Error(`${p}: replacing a whole section is not supported`);
  if (old && isScalar(old) && old.source !== '' && old.range![1] > old.range![0])
    text = splice(text, old.range![0], old.range![1], ''); // `~`, `null`
  // The key's line (with its comment) stays as it is; the block goes below it.
  const nl = text.indexOf('\n', key.range![1]);
  const end = nl < 0 ? text.length : nl;
  return insertLines(text, end, blockText(path, value, columnOf(text, key.range![0]) + 2));
}

/** A key the map lacks: a new line after the sibling that comes before it in the schema's order. */
function insertPair(text: string, map: YAMLMap, path: (string | number)[], value: unknown): string {
  const key = String(path[path.length - 1]);
  const pairs = map.items.filter((p) => isScalar(p.key)) as Pair<YamlNode, YamlNode | null>[];
  const parentPath = joinPath(path.slice(0, -1));
  if (map.flow) {
    if (!isInline(value)) throw new Error(`${joinPath(path)}: a block inside a flow map`);
    const close = text.lastIndexOf('}', map.range![1]);
    let p = close;
    while (p > 0 && /\s/.test(text[p - 1]!)) p--;
    const sep = pairs.length > 0 ? ', ' : '';
    return splice(text, p, p, `${sep}${key}: ${inlineText(joinPath(path), value)}`);
  }
  const first = pairs[0];
  if (!first) throw new Error(`${parentPath}: an empty map`);
  const indent = columnOf(text, first.key.range![0]);
  // A new top-level section gets the blank line the others have.
  const line = `${path.length === 1 && !isInline(value) ? '\n' : ''}${pairText(path, value, indent)}`;
  const order = (parentPath === '' ? fieldInfo('')?.keys : fieldInfo(parentPath)?.keys) ?? [];
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  const before = pairs.filter(
    (p) => rank(String((p.key as YamlNode & { value: unknown }).value)) <= rank(key),
  );
  if (before.length === 0) {
    const at = lineStart(text, first.key.range![0]);
    return splice(text, at, at, `${line}\n`);
  }
  const prev = before[before.length - 1]!;
  const end = prev.value?.range ? prev.value.range[1] : prev.key.range![1];
  return insertLines(text, contentLineEnd(text, prev.key.range![0], end), line);
}

/** A new entry at the end of a block list: `- key: value` lines at the list's indentation. */
function appendItem(text: string, seq: YAMLSeq, path: (string | number)[], value: unknown): string {
  const listPath = path.slice(0, -1);
  if (seq.flow || seq.items.length === 0) {
    if (!isInline(value)) throw new Error(`${joinPath(listPath)}: a block entry in a flow list`);
    const close = text.lastIndexOf(']', seq.range![1]);
    const sep = seq.items.length > 0 ? ', ' : '';
    return splice(text, close, close, `${sep}${inlineText(joinPath(path), value)}`);
  }
  const last = seq.items[seq.items.length - 1] as YamlNode;
  const dash = text.lastIndexOf('-', (seq.items[0] as YamlNode).range![0]);
  const indent = columnOf(text, dash);
  const end = contentLineEnd(text, last.range![0], last.range![1]);
  const lines = isInline(value)
    ? `${' '.repeat(indent)}- ${inlineText(joinPath(path), value)}`
    : blockText(listPath, [value], indent);
  return insertLines(text, end, lines);
}
