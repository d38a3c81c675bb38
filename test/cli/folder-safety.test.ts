import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyRunnable } from '../helpers-runtime.js';
import { BIN, REPO } from './run-cli.js';
import { runCli } from './run-in-process.js';

/**
 * Issue 13: the checker reads only what is inside the applicant folder (item 1), never waits on
 * a FIFO (item 10), and says so when a folder cannot be read (items 12 and 16).
 */
const TODAY = '--today=2026-11-26';
const EXAMPLE = path.join(REPO, 'examples/scope-1-accountant');
const SECRET = 'TOPSECRET-not-the-applicants\n';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

function run(args: readonly string[], options: SpawnSyncOptions = {}, bin = BIN): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: path.dirname(path.dirname(bin)),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
    timeout: 60_000,
    ...options,
  });
  return {
    status: result.status,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    timedOut: (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT',
  };
}

/** A world-readable temporary folder (mkdtemp makes it 0700). */
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ausm-safety-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** A copy of the ready example folder in a fresh temporary folder; returns its path. */
function goodFolder(parent = tempDir(), name = 'd'): string {
  const dir = path.join(parent, name);
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

/** A folder outside every applicant folder, holding a secret and a profile that is not ours. */
function outside(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'secret.jpg'), SECRET);
  writeFileSync(path.join(dir, 'profile.yaml'), 'scope: 3\nbasic:\n  name: 外人甲\n');
  writeFileSync(path.join(dir, 'profile.schema.json'), `{"secret": "${SECRET.trim()}"}`);
  return dir;
}

function setProof(dir: string, proof: string): void {
  const file = path.join(dir, 'profile.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('proof: 会计工作证明.jpg', `proof: ${proof}`),
  );
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('links out of the applicant folder (issue 13 item 1)', () => {
  // What the CLI decides about a link, as this user: in-process (run-in-process.ts), same answers.
  const run = (args: readonly string[]): Run => {
    const r = runCli(args, { cwd: REPO });
    return {
      status: r.exitCode,
      stdout: r.stdout,
      stderr: r.stderr,
      timedOut: r.exitCode === null,
    };
  };
  it('check refuses a material behind a linked sub-folder and prints none of its bytes', () => {
    const dir = goodFolder();
    symlinkSync(outside(), path.join(dir, 'sub'));
    setProof(dir, 'sub/secret.jpg');
    const json = run([dir, TODAY, '--format', 'json']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { findings: { rule: string; file?: string }[] };
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'file/unreadable', file: 'sub/secret.jpg' }),
    );
    expect(report.findings.map((f) => f.rule)).not.toContain('file/corrupt');
    const pretty = run([dir, TODAY]);
    expect(pretty.stdout).toContain('指向申请人文件夹之外');
    for (const out of [json.stdout, pretty.stdout]) {
      expect(out).not.toMatch(/54 4F 50 53/i);
      expect(out).not.toContain('TOPSECRET');
    }
  });

  it('fix copies nothing from behind a link out of the folder', () => {
    const dir = goodFolder();
    symlinkSync(outside(), path.join(dir, 'sub'));
    setProof(dir, 'sub/secret.jpg');
    const out = path.join(tempDir(), 'o');
    const fix = run(['fix', dir, '--out', out, TODAY]);
    expect(fix.stderr).toBe('');
    expect(existsSync(path.join(out, 'sub'))).toBe(false);
    for (const f of files(out))
      expect(readFileSync(path.join(out, f), 'latin1')).not.toContain('TOPSECRET');
  });

  it('a profile.yaml or profile.schema.json linking outside is neither read nor copied', () => {
    const elsewhere = outside();
    const dir = goodFolder();
    const profile = path.join(dir, 'profile.yaml');
    writeFileSync(path.join(dir, 'own.yaml'), readFileSync(profile));
    symlinkSync(path.join(elsewhere, 'profile.schema.json'), path.join(dir, 'profile.schema.json'));
    // With its own profile, fix copies the profile but not the linked schema.
    const out1 = path.join(tempDir(), 'o');
    expect(run(['fix', dir, '--out', out1, TODAY]).stderr).toBe('');
    expect(existsSync(path.join(out1, 'profile.yaml'))).toBe(true);
    expect(existsSync(path.join(out1, 'profile.schema.json'))).toBe(false);

    // A profile that is a link out of the folder: a clear profile finding, the text not read.
    const rm = spawnSync('rm', [profile]);
    expect(rm.status).toBe(0);
    symlinkSync(path.join(elsewhere, 'profile.yaml'), profile);
    const json = run([dir, TODAY, '--format', 'json', '--lang', 'en']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { findings: { rule: string; message: string }[] };
    expect(report.findings[0]).toMatchObject({ rule: 'profile/parse' });
    expect(report.findings[0]!.message).toMatch(/outside the applicant folder/);
    expect(json.stdout).not.toContain('外人');

    const root = tempDir();
    cpSync(dir, path.join(root, 'a'), { recursive: true, verbatimSymlinks: true });
    const batch = run(['batch', root, TODAY, '--format', 'ndjson']);
    expect(batch.status).toBe(1);
    expect(batch.stdout).toContain('profile/parse');
    expect(batch.stdout).not.toContain('外人');

    const template = run(['template', dir, TODAY, '--out', tempDir()]);
    expect(template.status).toBe(1);
    expect(template.stdout + template.stderr).not.toContain('外人');

    const out2 = path.join(tempDir(), 'o');
    run(['fix', dir, '--out', out2, TODAY]);
    expect(existsSync(path.join(out2, 'profile.yaml'))).toBe(false);
    expect(existsSync(path.join(out2, 'profile.schema.json'))).toBe(false);
  });
});

describe('special files (issue 13 item 10)', () => {
  it('fix with a FIFO for profile.schema.json finishes instead of waiting forever', () => {
    const dir = goodFolder();
    const fifo = spawnSync('mkfifo', [path.join(dir, 'profile.schema.json')]);
    if (fifo.status !== 0) return void console.warn('skipped: mkfifo is not available');
    const out = path.join(tempDir(), 'o');
    const fix = run(['fix', dir, '--out', out, TODAY], { timeout: 20_000 });
    expect(fix.timedOut).toBe(false);
    expect(fix.stderr).toBe('');
    expect(existsSync(path.join(out, 'profile.yaml'))).toBe(true);
    expect(existsSync(path.join(out, 'profile.schema.json'))).toBe(false);
  });
});

/**
 * Folders the user may not read. Root reads everything, so as root the CLI runs as `nobody`
 * (as test/cli/unreadable.test.ts does), from a copy of the built CLI and its runtime packages
 * in a temporary folder: `nobody` may not be able to enter the clone (one inside `mktemp -d`).
 */
const ROOT = process.getuid?.() === 0;
const AS_USER: SpawnSyncOptions = ROOT ? { uid: 65534, gid: 65534 } : {};
function runnableBin(): string {
  if (!ROOT) return BIN;
  const app = mkdtempSync(path.join(tmpdir(), 'ausm-runnable-'));
  copyRunnable(app);
  chmodSync(app, 0o755);
  return path.join(app, 'bin/ausm-check.js');
}
function whyNotRunnable(bin: string): string | undefined {
  if (process.platform === 'win32') return 'no POSIX permissions on Windows';
  const probe = run(['--version'], AS_USER, bin);
  if (probe.status !== 0)
    return `the CLI cannot run as ${ROOT ? 'nobody' : 'this user'} from ${bin} (${probe.stderr.trim().split('\n')[0] ?? probe.status})`;
  return undefined;
}

describe('folders that cannot be read (issue 13 items 12 and 16)', () => {
  const bin = runnableBin();
  afterAll(() => {
    if (bin !== BIN) rmSync(path.dirname(path.dirname(bin)), { recursive: true, force: true });
  });
  const skip = whyNotRunnable(bin);
  const test = (name: string, body: () => void) =>
    it(name, () => (skip ? void console.warn(`skipped "${name}": ${skip}`) : body()));

  test('check of a folder without permission: a finding saying so, exit 1', () => {
    const dir = goodFolder();
    chmodSync(dir, 0o000);
    const json = run([dir, TODAY, '--format', 'json', '--lang', 'en'], AS_USER, bin);
    chmodSync(dir, 0o755);
    expect(json.stderr).toBe('');
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as {
      findings: { rule: string; message: string }[];
    };
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain('file/unreadable');
    expect(report.findings.map((f) => f.message).join('\n')).toMatch(
      /No permission to list the applicant folder/,
    );
  });

  test('batch: a sub-folder without permission is a not-ready row with the reason', () => {
    const root = tempDir();
    goodFolder(root, 'a');
    const locked = goodFolder(root, 'b');
    chmodSync(locked, 0o000);
    const batch = run(['batch', root, TODAY, '--format', 'ndjson', '--lang', 'en'], AS_USER, bin);
    chmodSync(locked, 0o755);
    expect(batch.stderr).toBe('');
    expect(batch.status).toBe(1);
    const rows = batch.stdout
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { target: string; ready: boolean; findings: { message: string }[] },
      );
    rows.sort((x, y) => x.target.localeCompare(y.target));
    expect(rows.map((r) => [r.target, r.ready])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(rows[1]!.findings.map((f) => f.message).join('\n')).toMatch(/No permission/);
  });

  test('batch: a ROOT that cannot be listed is one clear line, exit 2', () => {
    const root = tempDir();
    goodFolder(root, 'a');
    chmodSync(root, 0o311);
    const batch = run(['batch', root, TODAY], AS_USER, bin);
    chmodSync(root, 0o755);
    expect(batch.status).toBe(2);
    expect(batch.stdout).toBe('');
    expect(batch.stderr.trim().split('\n')).toHaveLength(1);
    expect(batch.stderr).toContain('没有权限读取文件夹');
    expect(batch.stderr).not.toMatch(/EACCES|\bat .*\.js:\d+/);
  });
});
