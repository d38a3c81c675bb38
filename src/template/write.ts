import { randomBytes } from 'node:crypto';
import { link, lstat, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class FileExistsError extends Error {
  override readonly name = 'FileExistsError';
  constructor(readonly file: string) {
    super(`${file} exists`);
  }
}

/**
 * Writes `data` to a temporary file beside `file`, then moves it into place, so that a reader
 * (or a printer queue) never sees half a document. Without `overwrite` an existing file is never
 * replaced: the move is a hard link, which fails if the name is taken, even when another
 * process takes it between our check and our write.
 */
export async function writeDocument(
  file: string,
  data: Uint8Array,
  overwrite: boolean,
): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temp, data, { flag: 'wx' });
    if (overwrite) {
      await rename(temp, file);
      return;
    }
    try {
      await link(temp, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new FileExistsError(file);
      // File systems without hard links (FAT on a USB stick, some network shares): check, then move.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS')
        throw error;
      if (await exists(file)) throw new FileExistsError(file);
      await rename(temp, file);
    }
  } finally {
    await rm(temp, { force: true });
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}
