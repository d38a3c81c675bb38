import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillCommand } from '../../src/cli/commands/fill.js';
import { initCommand } from '../../src/cli/commands/init.js';
import { REPO } from '../cli/run-cli.js';
import { TODAY, memoryIo, scripted } from './scripted.js';

// Issue 13, item 6: fill and init keep a profile's mode, write a link's target only inside the
// folder, and refuse a read-only file instead of replacing it.

const EXAMPLE = path.join(REPO, 'examples/scope-1-accountant');
const opts = { lang: 'zh', today: TODAY } as const;

/** The example without its name: fill asks one question, 姓名. */
function folderWithoutName(): { base: string; dir: string; before: string } {
  const base = mkdtempSync(path.join(tmpdir(), 'ausm-fill-write-'));
  const dir = path.join(base, 'd');
  cpSync(EXAMPLE, dir, { recursive: true });
  const file = path.join(dir, 'profile.yaml');
  const before = readFileSync(file, 'utf8').replace('  name: 张三 # 姓名\n', '');
  writeFileSync(file, before);
  return { base, dir, before };
}

describe('fill writes only what it may', () => {
  it('refuses a read-only profile before asking anything, and leaves it as it is', async () => {
    const { dir, before } = folderWithoutName();
    const file = path.join(dir, 'profile.yaml');
    chmodSync(file, 0o444);
    const prompter = scripted(['张三']);
    await expect(fillCommand(dir, opts, memoryIo(), prompter)).rejects.toThrow(/只读.*chmod u\+w/);
    expect(prompter.log).toEqual([]);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('keeps the mode of the profile it rewrites', async () => {
    const { dir } = folderWithoutName();
    const file = path.join(dir, 'profile.yaml');
    chmodSync(file, 0o640);
    expect(await fillCommand(dir, opts, memoryIo(), scripted(['张三']))).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('name: 张三');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('writes the target of a link inside the folder and keeps the link', async () => {
    const { dir } = folderWithoutName();
    mkdirSync(path.join(dir, 'data'));
    renameSync(path.join(dir, 'profile.yaml'), path.join(dir, 'data', 'real.yaml'));
    symlinkSync(path.join('data', 'real.yaml'), path.join(dir, 'profile.yaml'));
    expect(await fillCommand(dir, opts, memoryIo(), scripted(['张三']))).toBe(0);
    expect(lstatSync(path.join(dir, 'profile.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'data', 'real.yaml'), 'utf8')).toContain('name: 张三');
  });

  it('refuses a profile that links out of the folder, and leaves its target alone', async () => {
    const { base, dir, before } = folderWithoutName();
    const outside = path.join(base, 'elsewhere.yaml');
    renameSync(path.join(dir, 'profile.yaml'), outside);
    symlinkSync(outside, path.join(dir, 'profile.yaml'));
    const prompter = scripted(['张三']);
    const io = memoryIo();
    await expect(fillCommand(dir, { ...opts, lang: 'en' }, io, prompter)).rejects.toThrow(
      /symbolic link out of the folder/,
    );
    expect(readFileSync(outside, 'utf8')).toBe(before);
    expect(lstatSync(path.join(dir, 'profile.yaml')).isSymbolicLink()).toBe(true);
  });
});

describe('init writes only what it may', () => {
  it('refuses a read-only profile.schema.json before asking anything', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ausm-init-write-'));
    const schema = path.join(dir, 'profile.schema.json');
    writeFileSync(schema, '{}\n');
    chmodSync(schema, 0o444);
    const prompter = scripted([1]);
    await expect(initCommand(dir, opts, memoryIo(), prompter)).rejects.toThrow(/只读/);
    expect(prompter.log).toEqual([]);
    expect(readFileSync(schema, 'utf8')).toBe('{}\n');
    expect(existsSync(path.join(dir, 'profile.yaml'))).toBe(false);
  });
});
