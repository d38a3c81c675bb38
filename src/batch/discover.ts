import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PROFILE_NAMES } from '../facts/profile.js';
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

/**
 * The applicant folders of a batch: each direct sub-folder of ROOT holding a profile.yaml
 * (cli.md), in a stable order (natural order of names). A sub-folder that cannot be looked
 * into is one too: its check then says why it cannot be read (a not-ready row), where skipping
 * it would let the batch pass without it.
 */
export async function discoverFolders(root: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch (error) {
    throw new RootUnreadableError(root, (error as NodeJS.ErrnoException).code);
  }
  const found: string[] = [];
  await Promise.all(
    entries
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map(async (e) => {
        for (const name of PROFILE_NAMES) {
          try {
            await stat(path.join(root, e.name, name));
            found.push(e.name);
            return;
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR') {
              found.push(e.name);
              return;
            }
            // not an applicant folder (yet): try the other spelling
          }
        }
      }),
  );
  return found.sort(naturalCompare);
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
