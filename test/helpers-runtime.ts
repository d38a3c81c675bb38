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

/**
 * package.json and package-lock.json of an app that depends on the packed tarball `tarball`
 * (a file name next to the app's folder), locked to the repository's own runtime versions:
 * `npm ci` there installs what the project tests with, from the npm cache when `npm ci` of the
 * clone filled it, else from the registry, and never needs a package's metadata to resolve a
 * range (which `npm install --offline` of a bare tarball does, and the cache may not hold).
 */
export function appInstallingTarball(
  tarball: string,
  integrity: string,
): { packageJson: string; lock: string } {
  const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const spec = `file:../${tarball}`;
  const root = { name: 'app', private: true, dependencies: { [String(pkg.name)]: spec } };
  const packages = {
    '': root,
    [`node_modules/${String(pkg.name)}`]: {
      version: pkg.version,
      resolved: spec,
      integrity,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
    ...runtimeLockEntries(),
  };
  return {
    packageJson: JSON.stringify(root, null, 2) + '\n',
    lock: JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }, null, 2),
  };
}

/** Bytes of every file under `dir` (their length, not the blocks they take on this disk). */
export function sizeOf(dir: string): number {
  const stat = lstatSync(dir);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(dir).reduce((sum, name) => sum + sizeOf(path.join(dir, name)), 0);
}
