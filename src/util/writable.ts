import { constants } from 'node:fs';
import { access, mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** The errno code of a file-system error (`EACCES`), or its text. */
export function errorCode(error: unknown): string {
  if (error instanceof WriteRefusedError) return error.reason;
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/**
 * Why ausm-check will not write a file the user did not mean it to replace (issue 13, items 4–6):
 * - `read-only`: the file has no write permission; replacing it by rename would silently undo that.
 * - `outside`: its real path leaves the folder the write belongs to (a link, or a linked sub-folder).
 * - `protected`: it is a file of the folder being checked (`-o d/profile.yaml`).
 * - `not-a-file`: a folder, a block device or a socket stands at the path.
 */
export type WriteRefusal = 'read-only' | 'outside' | 'protected' | 'not-a-file';

export class WriteRefusedError extends Error {
  override readonly name = 'WriteRefusedError';
  constructor(
    readonly reason: WriteRefusal,
    /** The path as given. */
    readonly file: string,
    /** The folder it leaves (`outside`) or lands in (`protected`). */
    readonly folder?: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** `child` is `parent` or inside it (both absolute and resolved). */
export function isWithin(child: string, parent: string): boolean {
  return (
    child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep)
  );
}

/** The real path of `p`, through its nearest existing ancestor (a folder to be made later). */
export async function realpathNearest(p: string): Promise<string> {
  const rest: string[] = [];
  let probe = path.resolve(p);
  for (;;) {
    try {
      return path.join(await realpath(probe), ...rest.reverse());
    } catch {
      const parent = path.dirname(probe);
      if (parent === probe) return path.resolve(p);
      rest.push(path.basename(probe));
      probe = parent;
    }
  }
}

/**
 * Why DIR cannot take new files, if it cannot: it, or the nearest folder above it that exists
 * (a folder that does not exist yet is created later). Undefined when it can.
 */
export async function unwritable(dir: string): Promise<string | undefined> {
  let probe = dir;
  for (;;) {
    try {
      const info = await stat(probe);
      if (!info.isDirectory()) return 'ENOTDIR';
      await access(probe, constants.W_OK);
      return undefined;
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT') return code;
      const parent = path.dirname(probe);
      if (parent === probe) return code;
      probe = parent;
    }
  }
}

/**
 * Makes DIR and the folders above it that are missing, one at a time, and returns its real path.
 * Not `mkdir({ recursive: true })`: Node retries that forever where mkdir says ENOENT under a
 * folder that exists (`/proc/foo`, issue 13 item 9). With `within` (a real path), every folder
 * on the way must really be inside it: a linked sub-folder that leaves it is refused before
 * anything is made through it.
 */
export async function makeFolder(dir: string, within?: string): Promise<string> {
  const missing: string[] = [];
  let probe = path.resolve(dir);
  for (;;) {
    try {
      const info = await stat(probe);
      if (!info.isDirectory())
        throw Object.assign(new Error(`${probe}: not a folder`), { code: 'ENOTDIR' });
      break;
    } catch (error) {
      const parent = path.dirname(probe);
      if (errorCode(error) !== 'ENOENT' || parent === probe) throw error;
      missing.push(path.basename(probe));
      probe = parent;
    }
  }
  const check = (real: string): string => {
    if (within !== undefined && !isWithin(real, within))
      throw new WriteRefusedError('outside', dir, within);
    return real;
  };
  let real = check(await realpath(probe));
  for (const name of missing.reverse()) {
    const next = path.join(real, name);
    try {
      await mkdir(next);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    real = check(await realpath(next));
  }
  return real;
}
