import { lstat } from 'node:fs/promises';
import { FileExistsError, writeFileAtomic } from '../util/write-atomic.js';

export { FileExistsError };

/**
 * Writes a document into `folder` (a real path) by temporary file and rename, so that a reader
 * (or a printer queue) never sees half a document. Without `overwrite` an existing file is never
 * replaced, even one another process makes between our check and our write; with it, a
 * read-only file or a link that leaves the folder is refused (writeFileAtomic).
 */
export async function writeDocument(
  file: string,
  data: Uint8Array,
  overwrite: boolean,
  folder?: string,
): Promise<void> {
  await writeFileAtomic(file, data, {
    exclusive: !overwrite,
    ...(folder !== undefined ? { within: folder } : {}),
  });
}

export async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}
