import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inShard } from '../../src/batch/discover.js';
import { REPO, runCli } from './run-in-process.js';

/*
 * Issue 14 item 19: the same ID number in several folders (a copied folder, a pasted number) is a
 * batch-level error, batch/duplicate-id, on each of them, naming the others, the ID masked; in
 * every format, and across shards through --merge.
 */
const FULL_ID = /\d{17}[\dX]/;
let dir = '';
let root = '';
/** Two folders with the same ID, in different shards of 2; and one other person. */
let twins: [string, string] = ['', ''];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ausm-dup-'));
  root = path.join(dir, 'root');
  const names = Array.from({ length: 20 }, (_, i) => `${String(i + 1).padStart(3, '0')}-张三`);
  const first = inShard(names, { index: 1, count: 2 })[0]!;
  const second = inShard(names, { index: 2, count: 2 })[0]!;
  twins = [first, `财务部/${second}`];
  const ex = (name: string) => path.join(REPO, 'examples', name);
  cpSync(ex('scope-1-accountant'), path.join(root, twins[0]), { recursive: true });
  cpSync(ex('scope-1-accountant'), path.join(root, twins[1]), { recursive: true });
  cpSync(ex('scope-3-junior-exam'), path.join(root, '900-学生'), { recursive: true });
});

const run = (...args: string[]) => runCli(['batch', root, '--today=2026-11-26', ...args]);

describe('batch/duplicate-id', () => {
  it('flags each folder sharing a number, naming the other, the ID masked (json)', () => {
    const r = run('--format', 'json');
    expect(r.exitCode, r.stderr).toBe(1);
    expect(r.stdout).not.toMatch(FULL_ID);
    const reports = (
      JSON.parse(r.stdout) as {
        reports: {
          target: string;
          ready: boolean;
          findings: { rule: string; message: string }[];
        }[];
      }
    ).reports;
    const byName = Object.fromEntries(reports.map((x) => [x.target, x]));
    for (const [me, other] of [twins, [twins[1], twins[0]]] as const) {
      expect(byName[me]!.ready).toBe(false);
      const f = byName[me]!.findings.find((x) => x.rule === 'batch/duplicate-id');
      expect(f?.message).toContain(other);
      expect(f?.message).toMatch(/\d{3}\*{5}\d{3}[\dX]/);
    }
    expect(byName['900-学生']!.findings.some((x) => x.rule === 'batch/duplicate-id')).toBe(false);
  });

  it('shows in pretty, csv, html and junit too', () => {
    const pretty = run();
    expect(pretty.exitCode).toBe(1);
    expect(pretty.stdout).toContain('共 3 个文件夹：1 个可以提交，2 个尚不可提交');
    for (const format of ['csv', 'html', 'junit']) {
      const r = run('--format', format);
      expect(r.exitCode, format).toBe(1);
      expect(r.stdout, format).toMatch(/batch\/duplicate-id|的身份证件号码相同/);
      expect(r.stdout, format).not.toMatch(FULL_ID);
    }
    const csv = path.join(dir, 'findings.csv');
    run('--format', 'csv', '--findings-csv', csv);
    expect(readFileSync(csv, 'utf8')).toContain('batch/duplicate-id');
  });

  it('says so on stderr when NDJSON is streamed, and exits 1', () => {
    const r = run('--format', 'ndjson');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('的身份证件号码相同');
    expect(r.stderr).not.toMatch(FULL_ID);
  });

  it('is found across shards by --merge', () => {
    const pieces = [1, 2].map((k) => {
      const out = path.join(dir, `s${k}.ndjson`);
      const r = run('--shard', `${k}/2`, '--format', 'ndjson', '-o', out);
      expect(r.stdout + r.stderr).not.toContain('的身份证件号码相同');
      return out;
    });
    const merged = runCli(['batch', '--merge', ...pieces, '--format', 'json']);
    expect(merged.exitCode, merged.stderr).toBe(1);
    const reports = (
      JSON.parse(merged.stdout) as {
        reports: { target: string; findings: { rule: string; message: string }[] }[];
      }
    ).reports;
    const flagged = reports.filter((x) => x.findings.some((f) => f.rule === 'batch/duplicate-id'));
    expect(flagged.map((x) => x.target).sort()).toEqual([...twins].sort());
  });
});
