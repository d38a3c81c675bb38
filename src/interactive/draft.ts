import { parseDocument } from 'yaml';
import { splitPath } from '../profile/schema.js';
import { applyEdits, renderProfile, type Edit } from './yaml-text.js';

/**
 * The profile being written. `init` builds a new one from nothing; `fill` keeps the file's
 * text and a list of edits to splice into it. Both give the candidate text an answer would
 * produce, which is what the rules check.
 */
export interface Draft {
  /** The current value at a path (the answer given, else what the file says). */
  get(path: string): unknown;
  /** Records an answer; `null` writes the key with no value (a skipped question in `init`). */
  set(path: string, value: unknown): void;
  /** The profile text with one more answer applied. */
  textWith(path: string, value: unknown): string;
  text(): string;
}

function getIn(data: unknown, path: string): unknown {
  let v = data;
  for (const part of splitPath(path)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v;
}

function setIn(data: Record<string, unknown>, path: string, value: unknown): void {
  const parts = splitPath(path);
  let v: Record<string | number, unknown> = data;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!;
    const next = parts[i + 1]!;
    if (v[part] === null || typeof v[part] !== 'object')
      v[part] = typeof next === 'number' ? [] : {};
    v = v[part] as Record<string | number, unknown>;
  }
  const last = parts[parts.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(v) && typeof last === 'number') v.splice(last, 1);
    else delete v[last];
  } else v[last] = value;
}

export class InitDraft implements Draft {
  readonly data: Record<string, unknown> = {};

  get(path: string): unknown {
    return getIn(this.data, path);
  }

  set(path: string, value: unknown): void {
    setIn(this.data, path, value);
  }

  textWith(path: string, value: unknown): string {
    const copy = structuredClone(this.data);
    setIn(copy, path, value);
    return renderProfile(copy);
  }

  text(): string {
    return renderProfile(this.data);
  }
}

export class FillDraft implements Draft {
  private readonly edits: Edit[] = [];
  private readonly original: unknown;
  /** The file's text with LF line ends; `output()` gives CRLF back to a CRLF file. */
  private readonly source: string;
  private readonly crlf: boolean;

  constructor(readonly file: string) {
    this.crlf = file.includes('\r\n');
    this.source = this.crlf ? file.replace(/\r\n/g, '\n') : file;
    this.original = parseDocument(this.source, { schema: 'core' }).toJS();
  }

  get(path: string): unknown {
    if (this.edits.length === 0) return getIn(this.original, path);
    return getIn(parseDocument(this.text(), { schema: 'core' }).toJS(), path);
  }

  set(path: string, value: unknown): void {
    const i = this.edits.findIndex((e) => e.path === path);
    if (i >= 0) this.edits.splice(i, 1);
    this.edits.push({ path, value });
  }

  textWith(path: string, value: unknown): string {
    return applyEdits(this.source, [...this.edits.filter((e) => e.path !== path), { path, value }]);
  }

  text(): string {
    return applyEdits(this.source, this.edits);
  }

  /** The text to write: the file's own bytes except where answers changed it. */
  output(): string {
    const text = this.text();
    return this.crlf ? text.replace(/\n/g, '\r\n') : text;
  }

  get changed(): boolean {
    return this.edits.length > 0 && this.text() !== this.source;
  }
}
