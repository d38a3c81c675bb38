import {
  constants,
  lstat,
  open,
  opendir,
  readlink,
  realpath,
  type FileHandle,
} from 'node:fs/promises';
import path from 'node:path';
import type { EntryKind, FileAccess, FolderEntry, FolderProblem } from './types.js';

/**
 * Entries of the applicant folder listed, at most. A real folder holds a profile and a dozen
 * images; names are cheap to stream and sort (20 000 entries list in well under a second), so
 * the bound only keeps memory in check for a folder that is no applicant folder at all. Past it,
 * the listing keeps the first names in sorted order and says so (`FolderProblem` too-large):
 * never a silent cut in disk order.
 */
export const MAX_FOLDER_ENTRIES = 100_000;
/** Past the bound, names are only counted, and only up to this many. */
const MAX_COUNTED = 10 * MAX_FOLDER_ENTRIES;

export interface FolderListing {
  /** Sorted by name (UTF-16 code units), at most `max` of them. */
  readonly entries: FolderEntry[];
  /** Why the listing is not the whole folder. */
  readonly problem?: FolderProblem;
}

const byName = (a: FolderEntry, b: FolderEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The folder's entries, not deeper: each name and kind as the directory gives them (no stat). */
export async function listFolder(
  dir: string,
  options: { readonly max?: number } = {},
): Promise<FolderListing> {
  const max = options.max ?? MAX_FOLDER_ENTRIES;
  let entries: FolderEntry[] = [];
  let count = 0;
  try {
    const handle = await opendir(dir, { bufferSize: 256 });
    // opendir's async iterator closes the handle itself when the loop ends or breaks.
    for await (const d of handle) {
      count++;
      if (count > MAX_COUNTED) break;
      entries.push({ name: d.name, kind: kindOf(d) });
      // Keep the first `max` names in sorted order, whatever the disk order.
      if (entries.length >= 2 * max) entries = entries.sort(byName).slice(0, max);
    }
  } catch (error) {
    const code = errnoOf(error);
    return {
      entries: entries.sort(byName).slice(0, max),
      problem: {
        kind: 'unreadable',
        reason: code === 'EACCES' || code === 'EPERM' ? 'permission' : 'io',
        ...(code ? { detail: code } : {}),
      },
    };
  }
  entries.sort(byName);
  if (count <= max) return { entries };
  return {
    entries: entries.slice(0, max),
    problem: { kind: 'too-large', count: Math.min(count, MAX_COUNTED), max },
  };
}

function kindOf(d: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }) {
  const kind: EntryKind = d.isFile()
    ? 'file'
    : d.isDirectory()
      ? 'directory'
      : d.isSymbolicLink()
        ? 'symlink'
        : 'other';
  return kind;
}

export type Refused = Exclude<FileAccess, { readonly status: 'ok' }>;
type UnreadableReason = Extract<FileAccess, { readonly status: 'unreadable' }>['reason'];

/** A file of the applicant folder, open for reading, or why it is not. */
export type OpenedFile =
  | {
      readonly access: { readonly status: 'ok'; readonly size: number };
      readonly handle: FileHandle;
      /**
       * A path to open this same file by while the handle is open (for libvips, which opens by
       * path): `/proc/self/fd/N` on Linux, else its real path inside the real folder.
       */
      readonly path: string;
    }
  | { readonly access: Refused; readonly handle?: undefined; readonly path?: undefined };

/**
 * The one door to a file of the applicant folder; every read of check, batch, template and fix
 * goes through it. The name is resolved with realpath, links and all (a link to a file, or a
 * sub-folder that is a link, as in `sub/passwd` with `sub → /etc`), and refused when its real path
 * leaves the real folder: a profile must not make the checker read, print or copy files
 * elsewhere. The file is then opened on that real path without following a link and without
 * blocking (a FIFO put there since would otherwise wait for a writer forever), and its type is
 * checked on the handle, so that what was checked is what is read.
 */
export async function openInFolder(dir: string, name: string): Promise<OpenedFile> {
  const refuse = (reason: UnreadableReason, detail?: string): OpenedFile => ({
    access: { status: 'unreadable' as const, reason, ...(detail ? { detail } : {}) },
  });
  const root = path.resolve(dir);
  const full = path.resolve(root, name);
  if (!isWithin(full, root)) return refuse('outside-link');
  let realRoot: string;
  let real: string;
  try {
    realRoot = await realpath(root);
    real = await realpath(full);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const dangling = await lstat(full).then(
        (s) => s.isSymbolicLink(),
        () => false,
      );
      return dangling ? refuse('broken-link') : { access: { status: 'missing' } };
    }
    if (code === 'ELOOP') return refuse('broken-link');
    return refuse(code === 'EACCES' || code === 'EPERM' ? 'permission' : 'io', code);
  }
  if (!isWithin(real, realRoot)) return refuse('outside-link');
  let handle: FileHandle;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT') return { access: { status: 'missing' } };
    if (code === 'EISDIR') return refuse('directory');
    // A link put in place of the file since realpath, or a socket (ENXIO).
    if (code === 'ELOOP') return refuse('broken-link');
    if (code === 'ENXIO' || code === 'ENODEV') return refuse('special');
    return refuse(code === 'EACCES' || code === 'EPERM' ? 'permission' : 'io', code);
  }
  let refused: OpenedFile | undefined;
  try {
    const info = await handle.stat();
    if (info.isDirectory()) refused = refuse('directory');
    else if (!info.isFile()) refused = refuse('special');
    else {
      const where = await openedPath(handle);
      // A folder on the way was swapped for a link between realpath and open.
      if (!isWithin(where ?? real, realRoot)) refused = refuse('outside-link');
      else {
        // Where the system names the open file (Linux), a path that reaches this very file
        // while the handle is open, whatever is put at `real` since: libvips opens it by path.
        const reach = where === undefined ? real : `/proc/self/fd/${handle.fd}`;
        return { access: { status: 'ok', size: info.size }, handle, path: reach };
      }
    }
  } catch (error) {
    refused = refuse('io', errnoOf(error));
  }
  await handle.close().catch(() => {});
  return refused;
}

/** Where an open handle really is, where the system says (Linux); undefined elsewhere. */
async function openedPath(handle: FileHandle): Promise<string | undefined> {
  const target = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
  return target?.startsWith('/') ? target.replace(/ \(deleted\)$/, '') : undefined;
}

/** Whether a file of the folder can be read (opened and closed again through `openInFolder`). */
export async function probeFile(dir: string, name: string): Promise<FileAccess> {
  const opened = await openInFolder(dir, name);
  await opened.handle?.close().catch(() => {});
  return opened.access;
}

/** A whole file of the folder, read through `openInFolder`; no bytes when it is refused. */
export async function readInFolder(
  dir: string,
  name: string,
): Promise<{ readonly access: FileAccess; readonly bytes?: Buffer }> {
  const opened = await openInFolder(dir, name);
  if (!opened.handle) return { access: opened.access };
  try {
    return { access: opened.access, bytes: await opened.handle.readFile() };
  } catch (error) {
    return { access: { status: 'unreadable', reason: 'io', detail: errnoOf(error) ?? 'read' } };
  } finally {
    await opened.handle.close().catch(() => {});
  }
}

/** A file at a path that must be a regular file: opened without blocking, its type checked on the handle. */
export async function openRegularFile(file: string): Promise<FileHandle> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  const info = await handle.stat().catch(async (error: unknown) => {
    await handle.close().catch(() => {});
    throw error;
  });
  if (info.isFile()) return handle;
  await handle.close().catch(() => {});
  throw new Error(info.isDirectory() ? 'a folder, not a file' : 'not a regular file');
}

function isWithin(child: string, parent: string): boolean {
  return (
    child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep)
  );
}

function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
