import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';

/** The errno code of a file-system error (`EACCES`), or its text. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
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
