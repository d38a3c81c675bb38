import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { PROFILE_NAMES } from '../facts/profile.js';
import { IMAGE_EXTENSIONS } from '../platform/formats.js';
import { naturalCompare } from '../util/compare.js';

/** ROOT itself cannot be listed (EACCES on scandir …): the CLI says so in one line, exit 2. */
export class RootUnreadableError extends Error {
  constructor(
    readonly root: string,
    readonly code: string | undefined,
  ) {
    super(`${root}: ${code ?? 'unreadable'}`);
  }
  get permission(): boolean {
    return this.code === 'EACCES' || this.code === 'EPERM';
  }
}

/** Department folders are followed this deep: ROOT/分公司/财务部/员工 is depth 3. */
export const MAX_DEPTH = 3;
/** Directory entries read in all before discovery gives up (a ROOT that is a whole disk). */
export const MAX_ENTRIES = 200_000;

/** ROOT holds more entries than discovery reads: the CLI says so, exit 2. */
export class TooManyEntriesError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} entries`);
  }
}

/** A folder discovery did not look into, said on stderr rather than skipped silently. */
export interface NotFollowed {
  /** Relative to ROOT, `/`-separated. */
  readonly path: string;
  /** `link`: a symbolic link (never followed); `depth`: deeper than MAX_DEPTH. */
  readonly why: 'link' | 'depth';
}

export interface Discovery {
  /** The applicant folders, relative to ROOT (`财务部/022-马超`), in natural order. */
  readonly folders: string[];
  readonly notFollowed: NotFollowed[];
}

/**
 * The applicant folders of a batch (cli.md): every folder under ROOT that holds a profile or an
 * image, so that an employee without `profile.yaml` yet is a not-ready row rather than missing.
 * A folder holding neither is a department: its sub-folders are looked into, down to MAX_DEPTH;
 * an applicant folder's own sub-folders are not. A folder that cannot be looked into is a row
 * too: its check then says why it cannot be read, where skipping it would let the batch pass
 * without it. Links are never followed (a link could lead out of ROOT, or in a circle).
 */
export async function discoverFolders(
  root: string,
  limits: { maxEntries?: number } = {},
): Promise<Discovery> {
  const maxEntries = limits.maxEntries ?? MAX_ENTRIES;
  let entriesRead = 0;
  const folders: string[] = [];
  const notFollowed: NotFollowed[] = [];
  const list = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entriesRead += entries.length;
    if (entriesRead > maxEntries) throw new TooManyEntriesError(maxEntries);
    return entries.filter((e) => !e.name.startsWith('.'));
  };
  const visit = async (rel: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await list(path.join(root, rel));
    } catch (error) {
      if (error instanceof TooManyEntriesError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') folders.push(rel); // gone: nothing to check
      return;
    }
    const isApplicant = entries.some(
      (e) =>
        !e.isDirectory() &&
        ((PROFILE_NAMES as readonly string[]).includes(e.name) || IMAGE_EXTENSIONS.test(e.name)),
    );
    if (isApplicant) {
      folders.push(rel);
      return;
    }
    await visitChildren(rel, entries, depth);
  };
  const visitChildren = async (
    rel: string,
    entries: readonly Dirent[],
    depth: number,
  ): Promise<void> => {
    const join = (name: string) => (rel === '' ? name : `${rel}/${name}`);
    const dirs = entries.filter((e) => e.isDirectory());
    if (depth >= MAX_DEPTH) {
      if (dirs.length > 0) notFollowed.push({ path: rel, why: 'depth' });
      return;
    }
    for (const e of entries)
      if (e.isSymbolicLink()) notFollowed.push({ path: join(e.name), why: 'link' });
    await Promise.all(dirs.map((e) => visit(join(e.name), depth + 1)));
  };
  let top;
  try {
    top = await list(root);
  } catch (error) {
    if (error instanceof TooManyEntriesError) throw error;
    throw new RootUnreadableError(root, (error as NodeJS.ErrnoException).code);
  }
  await visitChildren('', top, 0);
  return {
    folders: folders.sort(naturalCompare),
    notFollowed: notFollowed.sort((a, b) => naturalCompare(a.path, b.path)),
  };
}

export interface Shard {
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

/** FNV-1a of the folder name: a folder stays in its shard however many others are added. */
function hash(name: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

/** The folders of shard K of N: stable by name, disjoint, and together the whole. */
export function inShard(folders: readonly string[], shard: Shard | undefined): string[] {
  if (!shard) return [...folders];
  return folders.filter((f) => hash(f) % shard.count === shard.index - 1);
}
