import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  LineCounter,
  isMap,
  parseDocument,
  type ErrorCode as YamlErrorCode,
  type Node as YamlNode,
} from 'yaml';
import { fieldInfo, joinPath, profileSchema, type Profile } from '../profile/schema.js';
import { textFlaw } from '../profile/text.js';
import { closest } from '../util/closest.js';
import { inlineExcerpt } from '../util/excerpt.js';
import { openInFolder } from './folder.js';
import { describeIssue, textProblem } from './profile-problems.js';
import { forEachString, normalise, removePaths, valueAt } from './profile-values.js';
import { firstAlias, locateIn } from './profile-yaml.js';
import type { ProfileText } from './source.js';
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

/** The profile's bytes as they are on the disk, or why they cannot be read. */
export async function readProfileText(dir: string): Promise<ProfileText> {
  const name = await findProfile(dir);
  if (name === undefined) return { status: 'missing' };
  const unusable = (messageId: string, detail?: string): ProfileText => ({
    status: 'unusable',
    file: name,
    messageId,
    ...(detail !== undefined ? { detail } : {}),
  });
  // Through the folder's one door: a profile that links outside the folder is not read.
  const opened = await openInFolder(dir, name);
  if (!opened.handle) {
    const access = opened.access;
    if (access.status === 'missing') return { status: 'missing' };
    if (access.reason === 'io') return unusable('read', access.detail);
    return unusable(access.reason === 'directory' ? 'special' : access.reason);
  }
  try {
    if (opened.access.size > MAX_PROFILE_BYTES)
      return unusable('too-large', String(opened.access.size));
    return { status: 'ok', file: name, bytes: await opened.handle.readFile() };
  } catch (error) {
    return unusable('read', (error as NodeJS.ErrnoException).code ?? String(error));
  } finally {
    await opened.handle.close().catch(() => {});
  }
}

/** Profile facts from what a folder source read: parsed when there is text, else why not. */
export function profileFacts(text: ProfileText): ProfileFacts {
  if (text.status === 'missing') return { status: 'missing' };
  if (text.status === 'ok') return parseProfile(text.file, text.bytes);
  return {
    status: 'unusable',
    file: text.file,
    problems: [
      { kind: 'parse', messageId: text.messageId, detail: text.detail, position: undefined },
    ],
  };
}

export async function loadProfile(dir: string): Promise<ProfileFacts> {
  return profileFacts(await readProfileText(dir));
}

/** Parses and validates profile text; pure apart from its input, so tests can call it directly. */
export function parseProfile(file: string, bytes: Uint8Array): ProfileFacts {
  const unusable = (
    messageId: string,
    detail?: string,
    position?: Position,
    excerpt?: string,
    yamlCode?: YamlErrorCode,
  ): ProfileFacts => ({
    status: 'unusable',
    file,
    problems: [
      {
        kind: 'parse',
        messageId,
        detail,
        position,
        ...(excerpt ? { excerpt } : {}),
        ...(yamlCode ? { yamlCode } : {}),
      },
    ],
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
    const at = pos(first.pos[0]);
    const detail = first.message.split('\n')[0]!;
    // The parser recursed out of stack on nesting no profile has (issue 14 item 4).
    if (/call stack/i.test(detail)) return unusable('too-deep', undefined, at);
    const messageId = first.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax';
    return unusable(messageId, detail, at, inlineExcerpt(text, at.line, at.column), first.code);
  }
  if (!isMap(doc.contents)) {
    const range = (doc.contents as YamlNode | null)?.range;
    return unusable('not-a-map', undefined, range ? pos(range[0]) : { line: 1, column: 1 });
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) return unusable('too-deep', undefined, { line: 1, column: 1 });
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
