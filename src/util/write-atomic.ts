import { constants, writeFile as fsWriteFile, type Stats } from 'node:fs';
import { access, link, lstat, open, readlink, realpath, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { errorCode, isWithin, WriteRefusedError } from './writable.js';

/** `exclusive` and the name is taken (even by a file made between our check and our write). */
export class FileExistsError extends Error {
  override readonly name = 'FileExistsError';
  constructor(readonly file: string) {
    super(`${file} exists`);
  }
}

/**
 * How a file may be written. Every writer of ausm-check goes through `writeFileAtomic` with
 * these, so that nothing the user did not name is replaced (issue 13, items 4–6).
 */
export interface WriteOptions {
  /**
   * A symbolic link at the path: `follow` writes the file it points to (a report path the user
   * named, a profile linked inside its folder; with `within`, only inside it); `replace` puts
   * the new file in place of the link and never writes through it (fix's OUT). Default `follow`.
   */
  readonly link?: 'follow' | 'replace';
  /**
   * A character device, a FIFO or a path through /dev or /proc (`/dev/stdout`, a link to
   * `/proc/self/fd/1`): `in-place` opens and writes it, as a shell's `>` does (reports);
   * `refuse` (the default) will not write it. Never renamed over: as root that would replace
   * /dev/null with a regular file.
   */
  readonly special?: 'in-place' | 'refuse';
  /** A real folder: the file's real parent must be inside it (`outside` otherwise). */
  readonly within?: string;
  /** Real folders the file must not land in (`protected`): the folder a report is about. */
  readonly protect?: readonly string[];
  /** Never replace an existing file (`FileExistsError`). */
  readonly exclusive?: boolean;
}

/** Where and how a write will go: checked before any byte is written. */
export interface WritePlan {
  /** The file that will hold the bytes, its parent folder resolved. */
  readonly path: string;
  /** `in-place`: open and write the path as given; `replace`: a temporary file, then rename. */
  readonly how: 'in-place' | 'replace';
  /**
   * The path names one of our own descriptors (`/dev/stdout`, `/proc/self/fd/1`): written to
   * it directly, since a socket there (how Node and CI runners connect a child's stdout)
   * cannot be opened by path.
   */
  readonly fd?: number;
  /** The regular file being replaced, whose mode and owner the new one keeps. */
  readonly existing?: Stats;
}

/**
 * Decides how `file` may be written, or throws `WriteRefusedError`/`FileExistsError` (or the
 * file-system error) without writing anything. Commands call it before long work, so that a
 * refusal comes first, and `writeFileAtomic` calls it again at the time of the write.
 */
export async function planWrite(file: string, options: WriteOptions = {}): Promise<WritePlan> {
  const given = path.resolve(file);
  const { final, system, fd } =
    options.link === 'replace'
      ? {
          final: path.join(await realpath(path.dirname(given)), path.basename(given)),
          system: false,
        }
      : await followLinks(given);
  const info = await lstat(final).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  });
  const device =
    info !== undefined && !info.isFile() && !info.isDirectory() && !info.isSymbolicLink();
  if (system || isSystemPath(final) || device) {
    if (
      options.special !== 'in-place' ||
      info?.isDirectory() ||
      info?.isBlockDevice() ||
      info?.isSocket()
    )
      throw new WriteRefusedError('not-a-file', file);
    // Opened without O_CREAT: nothing is created in /dev or /proc.
    return {
      path: given,
      how: 'in-place',
      ...(fd !== undefined ? { fd } : {}),
      ...(info?.isFile() ? { existing: info } : {}),
    };
  }
  if (info?.isDirectory()) throw new WriteRefusedError('not-a-file', file);
  for (const folder of options.protect ?? [])
    if (isWithin(final, folder)) throw new WriteRefusedError('protected', file, folder);
  if (options.within !== undefined && !isWithin(path.dirname(final), options.within))
    throw new WriteRefusedError('outside', file, options.within);
  if (options.exclusive && info !== undefined) throw new FileExistsError(file);
  if (info?.isFile() && (await isReadOnly(final, info)))
    throw new WriteRefusedError('read-only', file);
  return { path: final, how: 'replace', ...(info?.isFile() ? { existing: info } : {}) };
}

/**
 * Writes `data` to `file` as `options` allow. A regular file is written to a temporary file
 * beside it, then renamed into place, so that a reader (or a printer queue) never sees half a
 * file; an existing file's mode and owner are kept. With `exclusive` the move is a hard link,
 * which fails if the name is taken. Devices and FIFOs (with `special: 'in-place'`) are opened
 * and written where they are.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const plan = await planWrite(file, options);
  if (plan.how === 'in-place') {
    if (plan.fd !== undefined) {
      const fd = plan.fd;
      await new Promise<void>((resolve, reject) =>
        fsWriteFile(fd, data, (error) => (error ? reject(error) : resolve())),
      );
      return;
    }
    const flags = constants.O_WRONLY | (plan.existing ? constants.O_TRUNC : 0);
    const handle = await open(plan.path, flags);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    return;
  }
  const temp = path.join(
    path.dirname(plan.path),
    `.${path.basename(plan.path)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temp, 'wx', plan.existing ? plan.existing.mode & 0o777 : 0o666);
    try {
      await handle.writeFile(data);
      if (plan.existing) await keepModeAndOwner(handle, plan.existing);
    } finally {
      await handle.close();
    }
    if (options.exclusive) await linkInto(temp, plan.path, file);
    else await rename(temp, plan.path);
  } finally {
    await rm(temp, { force: true });
  }
}

async function keepModeAndOwner(
  handle: Awaited<ReturnType<typeof open>>,
  existing: Stats,
): Promise<void> {
  await handle.chmod(existing.mode & 0o7777);
  const mine = await handle.stat();
  if (mine.uid !== existing.uid || mine.gid !== existing.gid)
    // Only root may give a file away; anyone else keeps what the rename gives, as editors do.
    await handle.chown(existing.uid, existing.gid).catch(() => undefined);
}

async function linkInto(temp: string, target: string, shown: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') throw new FileExistsError(shown);
    // File systems without hard links (FAT on a USB stick, some network shares): check, then move.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS')
      throw error;
    if (
      await lstat(target).then(
        () => true,
        () => false,
      )
    )
      throw new FileExistsError(shown);
    await rename(temp, target);
  }
}

/** No write permission for anyone, or none for us: root passes `access` whatever the mode. */
async function isReadOnly(file: string, info: Stats): Promise<boolean> {
  if ((info.mode & 0o222) === 0) return true;
  try {
    await access(file, constants.W_OK);
    return false;
  } catch (error) {
    const code = errorCode(error);
    return code === 'EACCES' || code === 'EPERM';
  }
}

/**
 * Follows the links at the end of `given` one hop at a time (each hop's folder resolved), to the
 * file a write would reach. `system`: a hop passed through /dev or /proc (`/dev/stdout`), whose
 * files are opened as they are, never replaced.
 */
async function followLinks(
  given: string,
): Promise<{ final: string; system: boolean; fd?: number }> {
  let current = given;
  let system = isSystemPath(given);
  let fd = ownDescriptor(given);
  for (let hop = 0; hop < 40; hop++) {
    let parent: string;
    try {
      parent = await realpath(path.dirname(current));
    } catch {
      return { final: current, system };
    }
    const here = path.join(parent, path.basename(current));
    system ||= isSystemPath(here);
    let target: string;
    try {
      target = await readlink(here);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EINVAL' || code === 'ENOENT' || code === 'UNKNOWN')
        return { final: here, system, ...(fd !== undefined ? { fd } : {}) };
      throw error;
    }
    fd ??= ownDescriptor(here);
    current = path.resolve(parent, target);
    system ||= isSystemPath(current);
  }
  throw errnoError('ELOOP', given);
}

/** N of `/proc/self/fd/N`, `/proc/<our pid>/fd/N` or `/dev/fd/N`. */
function ownDescriptor(p: string): number | undefined {
  const m = /^\/(?:proc\/(?:self|(\d+))|dev)\/fd\/(\d+)$/.exec(p);
  if (m === null || (m[1] !== undefined && Number(m[1]) !== process.pid)) return undefined;
  return Number(m[2]);
}

function isSystemPath(p: string): boolean {
  return ['/dev', '/proc', '/sys'].some((root) => p === root || p.startsWith(`${root}/`));
}

function errnoError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${file}`), { code, path: file });
}
