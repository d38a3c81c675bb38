import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, runCli as spawnCli } from './run-cli.js';
import { runCli } from './run-in-process.js';

// Issue 13, items 4, 5 and 9: nothing is written over what the user did not name.

const EXAMPLE = path.join(REPO, 'examples/scope-1-accountant');
const TODAY = ['--today', '2026-11-26'];

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'ausm-write-'));
}

/** A fresh copy of the ready scope-1 example, and the folder it sits in. */
function goodFolder(): { base: string; dir: string } {
  const base = tempDir();
  const dir = path.join(base, 'd');
  cpSync(EXAMPLE, dir, { recursive: true });
  return { base, dir };
}

describe('-o never replaces what it lands on', () => {
  it('refuses a report onto a file of the checked folder, directly or through a link', () => {
    const { base, dir } = goodFolder();
    const profile = path.join(dir, 'profile.yaml');
    const before = readFileSync(profile, 'utf8');
    symlinkSync(profile, path.join(base, 'link.json'));
    for (const target of [profile, path.join(base, 'link.json'), 'd/../d/证件照.jpg']) {
      const run = runCli(['d', '-o', target, '--format', 'json', ...TODAY], { cwd: base });
      expect(run.exitCode, target).toBe(2);
      expect(run.stderr).toContain('被检查的文件夹');
    }
    expect(readFileSync(profile, 'utf8')).toBe(before);
    expect(lstatSync(path.join(base, 'link.json')).isSymbolicLink()).toBe(true);
    const en = runCli(['d', '-o', 'd/profile.yaml', '--lang', 'en', ...TODAY], { cwd: base });
    expect(en.stderr).toContain('inside the checked folder');
    expect(en.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('batch refuses a report or a findings CSV inside an applicant folder of ROOT', () => {
    const base = tempDir();
    const root = path.join(base, 'staff');
    cpSync(EXAMPLE, path.join(root, 'a'), { recursive: true });
    const profile = path.join(root, 'a', 'profile.yaml');
    const before = readFileSync(profile, 'utf8');
    for (const args of [
      ['-o', profile],
      ['--findings-csv', profile],
    ]) {
      const run = runCli(['batch', root, '--format', 'csv', ...args, ...TODAY], { cwd: base });
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toContain('被检查的文件夹');
    }
    expect(readFileSync(profile, 'utf8')).toBe(before);
    // Beside the applicant folders, in ROOT itself, a report is fine.
    const ok = runCli(['batch', root, '--format', 'csv', '-o', path.join(root, 'r.csv'), ...TODAY]);
    expect(ok.exitCode).toBe(0);
  });

  it('writes through a link to /proc/self/fd/1 and leaves the link a link', () => {
    const { base } = goodFolder();
    const link = path.join(base, 'out.json');
    symlinkSync('/proc/self/fd/1', link);
    // A process of its own: /proc/self/fd/1 is the stdout of whoever writes.
    const run = spawnCli(['d', '-o', link, '--format', 'json', ...TODAY], { cwd: base });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(run.stdout).toContain('"tool": "ausm-check"');
  });

  it('writes into a FIFO in place, never replacing it with a regular file', async () => {
    const { base } = goodFolder();
    const fifo = path.join(base, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo: nothing to test here
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => (read += chunk.toString('utf8')));
    const cli = spawn(process.execPath, [BIN, 'd', '-o', fifo, '--format', 'json', ...TODAY], {
      cwd: base,
      env: { ...process.env, CI: '1', NO_COLOR: '1' },
    });
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => cli.kill(), 30_000);
      cli.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    const isFifo = lstatSync(fifo).isFIFO();
    if (!isFifo || reader.exitCode === null) reader.kill();
    expect(isFifo).toBe(true);
    expect(code).toBe(0);
    await new Promise((resolve) =>
      reader.exitCode === null ? reader.on('exit', resolve) : resolve(0),
    );
    expect(read).toContain('"tool": "ausm-check"');
  });

  it('keeps the mode of the report it replaces, and refuses a read-only one', () => {
    const { base } = goodFolder();
    const report = path.join(base, 'r.json');
    writeFileSync(report, 'old');
    chmodSync(report, 0o640);
    expect(runCli(['d', '-o', report, '--format', 'json', ...TODAY], { cwd: base }).exitCode).toBe(
      0,
    );
    expect(statSync(report).mode & 0o777).toBe(0o640);
    expect(readFileSync(report, 'utf8')).toContain('"tool"');
    chmodSync(report, 0o444);
    const run = runCli(['d', '-o', report, '--format', 'json', ...TODAY], { cwd: base });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('只读');
    expect(run.stderr).toContain('chmod u+w');
    expect(readFileSync(report, 'utf8')).toContain('"tool"');
  });
});

describe('fix writes nothing outside OUT', () => {
  it('--force refuses a sub-folder of OUT that links out of it', () => {
    const { base, dir } = goodFolder();
    mkdirSync(path.join(dir, 'sub'));
    renameSync(path.join(dir, '会计工作证明.jpg'), path.join(dir, 'sub', '会计工作证明.jpg'));
    const profile = path.join(dir, 'profile.yaml');
    writeFileSync(
      profile,
      readFileSync(profile, 'utf8').replace(
        'proof: 会计工作证明.jpg',
        'proof: sub/会计工作证明.jpg',
      ),
    );
    const out = path.join(base, 'o');
    const elsewhere = path.join(base, 'elsewhere');
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, path.join(out, 'sub'));
    const run = runCli(['fix', dir, '--out', out, '--force', ...TODAY]);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('符号链接');
    expect(lstatSync(path.join(out, 'sub')).isSymbolicLink()).toBe(true);
  });

  it('--force replaces a link at a file name of OUT, never the file it points to', () => {
    const { base, dir } = goodFolder();
    const out = path.join(base, 'o');
    mkdirSync(out);
    const victim = path.join(base, 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, path.join(out, 'profile.yaml'));
    const run = runCli(['fix', dir, '--out', out, '--force', ...TODAY]);
    expect(run.stderr).toBe('');
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(path.join(out, 'profile.yaml')).isFile()).toBe(true);
  });
});

describe('an OUT that cannot be made fails fast (exit 2, one line)', () => {
  for (const command of ['fix', 'template']) {
    it(`${command} --out /proc/…`, () => {
      const { dir } = goodFolder();
      const run = runCli([command, dir, '--out', '/proc/ausm-check-test/out', ...TODAY], {
        timeout: 20_000,
      });
      expect(run.exitCode).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync('/proc/ausm-check-test')).toBe(false);
    });
  }
});
