import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCode, unwritable } from '../../src/util/writable.js';

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
