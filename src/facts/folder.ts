import { lstat, opendir, realpath, access, constants } from 'node:fs/promises';
import path from 'node:path';
import type { EntryKind, FileAccess, FolderEntry } from './types.js';

/** A folder of 10 000 files must not stall a check: past this many entries the listing stops. */
export const MAX_FOLDER_ENTRIES = 5000;

export async function listFolder(
  dir: string,
): Promise<{ entries: FolderEntry[]; truncated: boolean }> {
  const entries: FolderEntry[] = [];
  const handle = await opendir(dir);
  let truncated = false;
  for await (const d of handle) {
    if (entries.length >= MAX_FOLDER_ENTRIES) {
      truncated = true;
      break;
    }
    const kind: EntryKind = d.isFile()
      ? 'file'
      : d.isDirectory()
        ? 'directory'
        : d.isSymbolicLink()
          ? 'symlink'
          : 'other';
    entries.push({ name: d.name, kind });
  }
  // opendir's async iterator closes the handle itself when the loop ends or breaks.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { entries, truncated };
}

/**
 * Whether a material's file can be read. A link is followed only when it stays inside the
 * applicant folder: a profile must not make the checker read (or report on) files elsewhere.
 */
export async function probeFile(dir: string, name: string): Promise<FileAccess> {
  const full = path.resolve(dir, name);
  const root = path.resolve(dir);
  if (full !== root && !full.startsWith(root + path.sep))
    return { status: 'unreadable', reason: 'outside-link', detail: name };
  let info;
  try {
    info = await lstat(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'missing' };
    return { status: 'unreadable', reason: code === 'EACCES' ? 'permission' : 'io', detail: code };
  }
  if (info.isSymbolicLink()) {
    let target: string;
    try {
      target = await realpath(full);
    } catch {
      return { status: 'unreadable', reason: 'broken-link' };
    }
    const realRoot = await realpath(root);
    if (!target.startsWith(realRoot + path.sep))
      return { status: 'unreadable', reason: 'outside-link' };
    try {
      info = await lstat(target);
    } catch {
      return { status: 'unreadable', reason: 'broken-link' };
    }
  }
  if (info.isDirectory()) return { status: 'unreadable', reason: 'directory' };
  if (!info.isFile()) return { status: 'unreadable', reason: 'special' };
  try {
    await access(full, constants.R_OK);
  } catch {
    return { status: 'unreadable', reason: 'permission' };
  }
  return { status: 'ok', size: info.size };
}
