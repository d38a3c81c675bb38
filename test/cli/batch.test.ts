import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
  truncateSync,
  statSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvColumns } from '../../src/report/batch/csv.js';
import { xmlProblems } from '../template/xml-check.js';
import { displayWidth } from '../../src/util/width.js';
import { distinctId } from './distinct-id.js';
import { BIN, REPO } from './run-cli.js';
import { runCli } from './run-in-process.js';

const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

const TODAY = '--today=2026-11-26';
let root = '';
const EXPECTED: Record<string, boolean> = {};

/** 32 folders: ready copies of the examples, not-ready ones, broken profiles and hostile images. */
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ausm-batch-'));
  const copy = (example: string, name: string, ready: boolean) => {
    cpSync(path.join(REPO, 'examples', example), path.join(root, name), { recursive: true });
    distinctId(path.join(root, name)); // copies are different people (batch/duplicate-id)
    EXPECTED[name] = ready;
  };
  for (let i = 1; i <= 8; i++) copy('scope-1-accountant', `ready-${i}`, true);
  for (let i = 1; i <= 4; i++) copy('scope-3-junior-exam', `student-${i}`, true);
  for (let i = 1; i <= 6; i++) copy('fail-missing-materials', `missing-${i}`, false);
  for (let i = 1; i <= 4; i++) copy('fail-broken-yaml', `broken-${i}`, false);
  for (let i = 1; i <= 4; i++) copy('fail-wrong-scope', `scope-${i}`, false);
  // Hostile: a truncated photo, a 0-byte profile, an alias bomb, a profile that is a list.
  copy('scope-1-accountant', 'hostile-truncated', false);
  const photo = path.join(root, 'hostile-truncated', '证件照.jpg');
  truncateSync(photo, Math.floor(statSync(photo).size / 3));
  copy('scope-1-accountant', 'hostile-empty-profile', false);
  writeFileSync(path.join(root, 'hostile-empty-profile', 'profile.yaml'), '');
  copy('scope-1-accountant', 'hostile-bomb', false);
  const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]'];
  for (let i = 0; i < 9; i++)
    bomb.push(
      `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(97 + i)}`)
        .join(',')}]`,
    );
  writeFileSync(path.join(root, 'hostile-bomb', 'profile.yaml'), bomb.join('\n'));
  copy('scope-1-accountant', 'hostile-list', false);
  writeFileSync(path.join(root, 'hostile-list', 'profile.yaml'), '- 1\n- 2\n');
  // Not an applicant folder: ignored.
  mkdirSync(path.join(root, 'not-a-person'));
});

const run = (...args: string[]) => runCli(['batch', root, TODAY, ...args]);

describe('batch', () => {
  it('checks every folder and says which are ready (json)', () => {
    const result = run('--format', 'json');
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.summary.folders).toBe(Object.keys(EXPECTED).length);
    const ready = Object.fromEntries(
      report.reports.map((r: { target: string; ready: boolean }) => [r.target, r.ready]),
    );
    expect(ready).toEqual(EXPECTED);
    expect(report.reports.map((r: { target: string }) => r.target)).toEqual(
      Object.keys(EXPECTED).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    );
  });

  it('gives the same reports with --jobs 1 and --jobs 4', () => {
    expect(run('--format', 'json', '--jobs', '1').stdout).toBe(
      run('--format', 'json', '--jobs', '4').stdout,
    );
  });

  it('writes CSV with a BOM and the documented columns, and a findings CSV', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ausm-csv-'));
    const result = run(
      '--format',
      'csv',
      '-o',
      path.join(out, 'r.csv'),
      '--findings-csv',
      path.join(out, 'f.csv'),
    );
    expect(result.exitCode).toBe(1);
    const csv = readFileSync(path.join(out, 'r.csv'), 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(csvColumns('zh').folder.join(','));
    expect(lines).toHaveLength(Object.keys(EXPECTED).length + 1);
    const findings = readFileSync(path.join(out, 'f.csv'), 'utf8');
    expect(findings.startsWith('\ufeff文件夹,规则,级别')).toBe(true);
    expect(findings).toContain('profile/parse');
  });

  it('writes HTML with every folder, escaped', () => {
    const html = run('--format', 'html').stdout;
    for (const name of Object.keys(EXPECTED))
      expect(html).toContain(`<td class="folder">${name}</td>`);
    expect(html).not.toMatch(/<script src|https?:\/\//);
  });

  it('writes JUnit with one testsuite per folder and the required elements', () => {
    const xml = run('--format', 'junit').stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect((xml.match(/<testsuite /g) ?? []).length).toBe(Object.keys(EXPECTED).length);
    for (const suite of xml.matchAll(/<testsuite name="[^"]*" tests="(\d+)" failures="(\d+)"/g))
      expect(Number(suite[1])).toBeGreaterThan(0);
    expect(xml).toContain('<testcase classname="broken-1" name="profile/parse');
    // One testcase per finding plus the verdict, not one per rule (issue 14 item 20).
    expect(xml).toContain('<testcase classname="ready-1" name="结论"/>');
    expect(xml).not.toMatch(/<testcase classname="ready-1" name="(?!结论)/);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml.trim().endsWith('</testsuites>')).toBe(true);
  });

  it('shards 1/3 + 2/3 + 3/3 merge into the same result as the whole', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ausm-shard-'));
    const pieces = [1, 2, 3].map((k) => {
      const file = path.join(dir, `${k}.ndjson`);
      const r = run('--format', 'ndjson', '--shard', `${k}/3`);
      writeFileSync(file, r.stdout);
      return file;
    });
    const lines = pieces.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n'));
    expect(lines).toHaveLength(Object.keys(EXPECTED).length);
    const merged = runCli(['batch', '--merge', ...pieces, '--format', 'json', TODAY]);
    expect(merged.exitCode).toBe(1);
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(run('--format', 'json').stdout));
  });

  it('prints the whole first error into a file or a pipe (issue 14 item 15)', () => {
    const out = run().stdout;
    expect(out).toContain('尚不可提交');
    expect(out).not.toContain('…');
    const json = JSON.parse(run('--format', 'json').stdout);
    const missing = json.reports.find((r: { target: string }) => r.target === 'missing-1');
    expect(out).toContain(missing.findings[0].message);
  });

  it('lists only the folders that are not ready with --quiet (issue 14 item 15)', () => {
    const out = run('--quiet').stdout;
    expect(out).toContain('missing-1');
    expect(out).not.toMatch(/ready-1|student-1/);
    const ready = Object.values(EXPECTED).filter(Boolean).length;
    const total = Object.keys(EXPECTED).length;
    expect(out).toContain(
      `共 ${total} 个文件夹：${ready} 个可以提交，${total - ready} 个尚不可提交`,
    );
  });

  it.skipIf(!HAS_SCRIPT)(
    'fits a 120-column terminal, in display columns (issue 14 item 15)',
    () => {
      const quoted = [process.execPath, BIN, 'batch', root, TODAY].map(
        (a) => `'${a.replace(/'/g, `'\\''`)}'`,
      );
      const r = spawnSync(
        'script',
        ['-qfec', `stty cols 120 rows 50; ${quoted.join(' ')}`, '/dev/null'],
        {
          cwd: REPO,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1', TERM: 'xterm', CI: '1' },
        },
      );
      const lines = stripVTControlCharacters(r.stdout).replace(/\r/g, '').split('\n');
      const rows = lines.filter((l) => /^(missing|broken|scope|hostile)-/.test(l));
      expect(rows).toHaveLength(Object.values(EXPECTED).filter((v) => !v).length);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(120);
      // The first error gets the columns the terminal has, not ~13 characters: a row is cut only
      // at the terminal's edge (a wide character may leave one column free).
      const cut = rows.filter((row) => row.endsWith('…'));
      expect(cut.length).toBeGreaterThan(0);
      for (const row of cut) expect(displayWidth(row), row).toBeGreaterThanOrEqual(119);
    },
  );

  it('exits 2 for a ROOT without applicant folders', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'ausm-empty-'));
    const r = runCli(['batch', empty]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('profile.yaml');
  });
});
