import { chmodSync, cpSync, existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './cli/run-cli.js';

interface LockEntry {
  readonly version?: string;
  readonly dev?: boolean;
  readonly [key: string]: unknown;
}

/**
 * The packages the CLI needs at run time, as npm itself computed them: every entry of the
 * repository's package-lock.json that is not `dev` (paths such as `node_modules/sharp`).
 * Optional packages for other platforms (sharp's `@img/*`) are listed but may be absent.
 */
export function runtimeLockEntries(): Record<string, LockEntry> {
  const lock = JSON.parse(readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  return Object.fromEntries(
    Object.entries(lock.packages).filter(([key, entry]) => key !== '' && entry.dev !== true),
  );
}

/**
 * Copies what the built CLI needs to run (bin, dist, package.json, data, templates and the
 * runtime packages of node_modules, with no symlink back into the clone) into `target`, and
 * makes it readable by everyone. For running the CLI as another user: a clone made inside a
 * `mktemp -d` folder (mode 0700) cannot be entered by anyone else.
 */
export function copyRunnable(target: string): void {
  for (const entry of ['bin', 'dist', 'package.json', 'data', 'templates'])
    cpSync(path.join(REPO, entry), path.join(target, entry), { recursive: true });
  for (const key of Object.keys(runtimeLockEntries())) {
    // Nested entries (node_modules/a/node_modules/b) come with their parent.
    if (key.lastIndexOf('node_modules/') !== 0) continue;
    const from = path.join(REPO, key);
    if (!existsSync(from)) continue;
    cpSync(from, path.join(target, key), { recursive: true, dereference: true });
  }
  openUp(target);
}

/** Read (and enter, for folders) for everyone, whatever the umask of the clone was. */
function openUp(file: string): void {
  const stat = lstatSync(file);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    chmodSync(file, (stat.mode & 0o7777) | 0o555);
    for (const name of readdirSync(file)) openUp(path.join(file, name));
  } else {
    chmodSync(file, (stat.mode & 0o7777) | 0o444);
  }
}
