import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { profileJsonSchema } from '../profile/schema.js';
import { writeFileAtomic } from '../util/write-atomic.js';

/** `init`: the new profile and the JSON Schema its first line points to. Returns the names written. */
export async function writeNewProfile(dir: string, text: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(
    path.join(dir, 'profile.schema.json'),
    `${JSON.stringify(profileJsonSchema(), null, 2)}\n`,
  );
  await writeFileAtomic(path.join(dir, 'profile.yaml'), text);
  return ['profile.yaml', 'profile.schema.json'];
}

/**
 * `fill`: the previous bytes go to `<name>.bak`, then the new text replaces the profile by
 * rename, so the profile is at every moment either the old file or the new one.
 */
export async function rewriteProfile(dir: string, name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  const backup = `${name}.bak`;
  await writeFileAtomic(path.join(dir, backup), await readFile(file));
  await writeFileAtomic(file, text);
  return backup;
}
