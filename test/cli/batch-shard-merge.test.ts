import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distinctId } from './distinct-id.js';
import { REPO, runCli } from './run-in-process.js';

/*
 * Issue 14 items 21 and 22: an empty shard of a batch that has folders is a success with an
 * empty, valid output (a CI matrix wider than the batch must not fail); merging no reports at all
 * is "nothing checked", exit 2; ROOT and --merge together are refused.
 */
let dir = '';
let root = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ausm-shard-'));
  root = path.join(dir, 'root');
  for (const name of ['甲', '乙']) {
    cpSync(path.join(REPO, 'examples', 'scope-1-accountant'), path.join(root, name), {
      recursive: true,
    });
    distinctId(path.join(root, name)); // two people (batch/duplicate-id)
  }
});

const shard = (k: number, ...args: string[]) =>
  runCli(['batch', root, '--today=2026-11-26', '--shard', `${k}/4`, ...args]);

describe('batch --shard with more shards than folders', () => {
  it('exits 0 with an empty NDJSON file for each empty shard, and the shards together hold both folders', () => {
    const targets: string[] = [];
    let empty = 0;
    for (let k = 1; k <= 4; k++) {
      const out = path.join(dir, `shard-${k}.ndjson`);
      const r = shard(k, '--format', 'ndjson', '-o', out);
      expect(r.exitCode, r.stderr).toBe(0);
      expect(existsSync(out)).toBe(true);
      const lines = readFileSync(out, 'utf8').trim();
      if (lines === '') empty++;
      else
        targets.push(...lines.split('\n').map((l) => (JSON.parse(l) as { target: string }).target));
    }
    expect(empty).toBeGreaterThan(0);
    expect(targets.sort()).toEqual(['乙', '甲'].sort());
  });

  it('writes a valid, empty JUnit, JSON and CSV for an empty shard', () => {
    const k = [1, 2, 3, 4].find((i) =>
      shard(i, '--format', 'json').stdout.includes('"folders": 0'),
    );
    expect(k).toBeDefined();
    const json = shard(k!, '--format', 'json');
    expect(json.exitCode).toBe(0);
    expect(JSON.parse(json.stdout).summary.folders).toBe(0);
    const junit = shard(k!, '--format', 'junit');
    expect(junit.exitCode).toBe(0);
    expect(junit.stdout).toContain('<testsuites');
    expect(junit.stdout).toContain('tests="0"');
    const csv = shard(k!, '--format', 'csv');
    expect(csv.exitCode).toBe(0);
    expect(csv.stdout.trim().split('\n')).toHaveLength(1); // the header alone
  });

  it('still exits 2 when ROOT has no applicant folder at all, shard or not', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'ausm-empty-'));
    for (const args of [[], ['--shard', '1/4']]) {
      const r = runCli(['batch', empty, ...args]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain('profile.yaml');
    }
  });
});

describe('batch --merge', () => {
  it('exits 2 when the merged files hold no report at all', () => {
    const a = path.join(dir, 'empty-a.ndjson');
    const b = path.join(dir, 'empty-b.ndjson');
    writeFileSync(a, '');
    writeFileSync(b, '\n');
    for (const format of ['pretty', 'junit', 'json']) {
      const r = runCli(['batch', '--merge', a, b, '--format', format]);
      expect(r.exitCode, r.stdout).toBe(2);
      expect(r.stderr).toContain('没有任何报告');
      expect(r.stdout).toBe('');
    }
    const en = runCli(['batch', '--merge', a, '--lang', 'en']);
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toContain('no report');
  });

  it('refuses ROOT together with --merge', () => {
    const out = path.join(dir, 'one.ndjson');
    expect(
      runCli(['batch', root, '--today=2026-11-26', '--format', 'ndjson', '-o', out]).exitCode,
    ).toBe(0);
    const r = runCli(['batch', root, '--merge', out]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--merge');
    expect(r.stdout).toBe('');
  });
});
