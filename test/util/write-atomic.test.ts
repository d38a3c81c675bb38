import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteRefusedError } from '../../src/util/writable.js';
import { FileExistsError, planWrite, writeFileAtomic } from '../../src/util/write-atomic.js';

function base(): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), 'ausm-atomic-')));
}

const refusal = (reason: string) =>
  expect.objectContaining({ name: 'WriteRefusedError', reason }) as unknown;

describe('writeFileAtomic', () => {
  it('replaces a regular file, keeping its mode', async () => {
    const dir = base();
    const file = path.join(dir, 'f.txt');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses a read-only file, even as root', async () => {
    const dir = base();
    const file = path.join(dir, 'f.txt');
    writeFileSync(file, 'old');
    chmodSync(file, 0o444);
    await expect(writeFileAtomic(file, 'new')).rejects.toEqual(refusal('read-only'));
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  it('follows a link inside `within`, refuses one that leaves it', async () => {
    const dir = base();
    const folder = path.join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'real.txt'), 'old');
    writeFileSync(path.join(dir, 'outside.txt'), 'outside');
    symlinkSync('real.txt', path.join(folder, 'in.txt'));
    symlinkSync(path.join(dir, 'outside.txt'), path.join(folder, 'out.txt'));
    await writeFileAtomic(path.join(folder, 'in.txt'), 'new', { within: folder });
    expect(lstatSync(path.join(folder, 'in.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(folder, 'real.txt'), 'utf8')).toBe('new');
    await expect(
      writeFileAtomic(path.join(folder, 'out.txt'), 'new', { within: folder }),
    ).rejects.toEqual(refusal('outside'));
    expect(readFileSync(path.join(dir, 'outside.txt'), 'utf8')).toBe('outside');
  });

  it('with link: replace, puts the file in place of the link and never writes through it', async () => {
    const dir = base();
    writeFileSync(path.join(dir, 'target.txt'), 'keep');
    symlinkSync(path.join(dir, 'target.txt'), path.join(dir, 'link.txt'));
    await writeFileAtomic(path.join(dir, 'link.txt'), 'new', { link: 'replace' });
    expect(lstatSync(path.join(dir, 'link.txt')).isFile()).toBe(true);
    expect(readFileSync(path.join(dir, 'target.txt'), 'utf8')).toBe('keep');
  });

  it('refuses a file inside a protected folder', async () => {
    const dir = base();
    mkdirSync(path.join(dir, 'checked'));
    await expect(
      writeFileAtomic(path.join(dir, 'checked', 'r.json'), 'x', {
        protect: [path.join(dir, 'checked')],
      }),
    ).rejects.toEqual(refusal('protected'));
  });

  it('exclusive: never replaces an existing file or link', async () => {
    const dir = base();
    writeFileSync(path.join(dir, 'taken.txt'), 'old');
    await expect(
      writeFileAtomic(path.join(dir, 'taken.txt'), 'new', { exclusive: true }),
    ).rejects.toBeInstanceOf(FileExistsError);
    await writeFileAtomic(path.join(dir, 'free.txt'), 'new', { exclusive: true });
    expect(readFileSync(path.join(dir, 'free.txt'), 'utf8')).toBe('new');
  });

  it('writes /dev/null in place, and refuses devices unless asked', async () => {
    expect(await planWrite('/dev/null', { special: 'in-place' })).toMatchObject({
      how: 'in-place',
    });
    await expect(planWrite('/dev/null')).rejects.toBeInstanceOf(WriteRefusedError);
    await writeFileAtomic('/dev/null', 'x', { special: 'in-place' });
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a folder at the path', async () => {
    await expect(writeFileAtomic(base(), 'x')).rejects.toEqual(refusal('not-a-file'));
  });
});
