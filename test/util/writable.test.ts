import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCode, makeFolder, unwritable, WriteRefusedError } from '../../src/util/writable.js';

describe('unwritable', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ausm-writable-'));
  const file = path.join(dir, 'a-file.txt');
  writeFileSync(file, 'x');

  it('accepts a folder that exists, or one still to be made under one', async () => {
    expect(await unwritable(dir)).toBeUndefined();
    expect(await unwritable(path.join(dir, 'new', 'deeper'))).toBeUndefined();
  });

  it('says ENOTDIR for a file, and for a folder that would have to be made under a file', async () => {
    expect(await unwritable(file)).toBe('ENOTDIR');
    expect(await unwritable(path.join(file, 'out'))).toBe('ENOTDIR');
  });

  it('names the errno code, or the text of an error without one', () => {
    expect(errorCode(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('EACCES');
    expect(errorCode(new Error('plain'))).toBe('Error: plain');
  });
});

describe('makeFolder', () => {
  it('makes the missing folders and returns the real path', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'ausm-make-'));
    const made = await makeFolder(path.join(base, 'a', 'b'));
    expect(made).toBe(path.join(realpathSync(base), 'a', 'b'));
    expect(statSync(made).isDirectory()).toBe(true);
  });

  it('fails at once where mkdir says ENOENT under a folder that exists (/proc)', async () => {
    const started = Date.now();
    await expect(makeFolder('/proc/ausm-check-test/a/b')).rejects.toMatchObject({
      code: expect.stringMatching(/^(ENOENT|EACCES|EPERM|EROFS)$/),
    });
    expect(Date.now() - started).toBeLessThan(5000);
  }, 10_000);

  it('refuses a linked sub-folder that leaves `within` before making anything through it', async () => {
    const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'ausm-make-')));
    const out = path.join(base, 'out');
    const elsewhere = path.join(base, 'elsewhere');
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, path.join(out, 'sub'));
    await expect(makeFolder(path.join(out, 'sub', 'deeper'), out)).rejects.toBeInstanceOf(
      WriteRefusedError,
    );
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(await makeFolder(path.join(out, 'inside'), out)).toBe(path.join(out, 'inside'));
  });
});
