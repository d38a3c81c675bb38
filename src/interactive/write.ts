import { lstat, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { profileJsonSchema } from '../profile/schema.js';
import { makeFolder } from '../util/writable.js';
import { planWrite, writeFileAtomic, type WriteOptions } from '../util/write-atomic.js';

/**
 * How a file of the applicant's folder is written (issue 13, item 6): a link is written through
 * only to a file inside the folder, a read-only file is refused rather than replaced, and a
 * replaced file keeps its mode and owner.
 */
function inFolder(realDir: string): WriteOptions {
  return { within: realDir };
}

const SCHEMA = 'profile.schema.json';
const PROFILE = 'profile.yaml';

/**
 * Throws the refusal (`WriteRefusedError`) or error that writing these files of DIR would meet,
 * before any question is asked. A folder that does not exist yet refuses nothing.
 */
export async function refuseFolderWrites(dir: string, names: readonly string[]): Promise<void> {
  let realDir: string;
  try {
    realDir = await realpath(dir);
  } catch {
    return;
  }
  for (const name of names) await planWrite(path.join(dir, name), inFolder(realDir));
}

/** The files `init` writes. */
export const NEW_PROFILE_FILES = [PROFILE, SCHEMA] as const;

/** `init`: the new profile and the JSON Schema its first line points to. Returns the names written. */
export async function writeNewProfile(dir: string, text: string): Promise<string[]> {
  const realDir = await makeFolder(dir);
  await writeFileAtomic(
    path.join(dir, SCHEMA),
    `${JSON.stringify(profileJsonSchema(), null, 2)}\n`,
    inFolder(realDir),
  );
  await writeFileAtomic(path.join(dir, PROFILE), text, inFolder(realDir));
  return [PROFILE, SCHEMA];
}

/**
 * The first backup name not taken: `<name>.bak`, then `<name>.bak.1`, `<name>.bak.2`, … so
 * that a second `fill` never overwrites the first one's backup (anything at the path, even a
 * dangling link, counts as taken).
 */
export async function freeBackupName(dir: string, name: string): Promise<string> {
  for (let i = 0; ; i++) {
    const candidate = i === 0 ? `${name}.bak` : `${name}.bak.${i}`;
    const taken = await lstat(path.join(dir, candidate)).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    if (!taken) return candidate;
  }
}

/**
 * `fill`: the previous bytes go to a new backup (`freeBackupName`), then the new text replaces the profile by
 * rename, so the profile is at every moment either the old file or the new one. Nothing is
 * written, not even the backup, when the profile itself may not be.
 */
export async function rewriteProfile(dir: string, name: string, text: string): Promise<string> {
  const realDir = await realpath(dir);
  const file = path.join(dir, name);
  await planWrite(file, inFolder(realDir));
  const backup = await freeBackupName(dir, name);
  await writeFileAtomic(path.join(dir, backup), await readFile(file), {
    ...inFolder(realDir),
    link: 'replace',
  });
  await writeFileAtomic(file, text, inFolder(realDir));
  return backup;
}
