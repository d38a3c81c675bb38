import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-in-process.js';

/*
 * Issue 13 items 3, 12 and 17: `batch --merge` reads NDJSON that passed through other machines
 * and people. Every line is validated against the report's schema; a line that is not a report
 * is exit 2 naming the file and line; a folder merged twice is exit 2 naming it; a line's
 * verdict is recomputed from its own counts and findings.
 */
let dir = '';
/** Two good report lines: `ready` (ready) and `missing` (not ready). */
let good: Record<string, Record<string, unknown>> = {};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ausm-merge-'));
  const root = path.join(dir, 'root');
  cpSync(path.join(REPO, 'examples', 'scope-1-accountant'), path.join(root, 'ready'), {
    recursive: true,
  });
  cpSync(path.join(REPO, 'examples', 'fail-missing-materials'), path.join(root, 'missing'), {
    recursive: true,
  });
  const run = runCli(['batch', root, '--today=2026-11-26', '--format', 'ndjson']);
  expect(run.exitCode, run.stderr).toBe(1);
  good = Object.fromEntries(
    run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .map((r) => [r['target'] as string, r]),
  );
  expect(Object.keys(good).sort()).toEqual(['missing', 'ready']);
});

let n = 0;
function ndjson(...reports: unknown[]): string {
  const file = path.join(dir, `piece-${++n}.ndjson`);
  writeFileSync(file, reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

const merge = (files: string[], ...args: string[]) =>
  runCli(['batch', '--merge', ...files, ...args]);

function expectOneClearLine(run: ReturnType<typeof merge>, ...words: string[]) {
  expect(run.exitCode, run.stdout + run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  for (const w of words) expect(lines[0]).toContain(w);
  expect(run.stderr).not.toMatch(/\n\s+at |TypeError|Cannot read/);
}

describe('batch --merge validates every line (issue 13 items 3, 12)', () => {
  it('merges good lines', () => {
    const run = merge([ndjson(good['ready'], good['missing'])], '--format', 'json');
    expect(run.exitCode, run.stderr).toBe(1);
    expect(JSON.parse(run.stdout).summary).toEqual({ folders: 2, ready: 1, not_ready: 1 });
  });

  const missing = () => good['missing'] as { findings: Record<string, unknown>[] };
  const hostile: [string, () => unknown][] = [
    [
      'a severity that is markup',
      () => ({
        ...missing(),
        findings: [{ ...missing().findings[0], severity: '<script>alert(1)</script>' }],
      }),
    ],
    [
      'a count that is markup',
      () => ({
        ...missing(),
        summary: { error: '<script>alert(1)</script>', warning: 0, info: 0 },
      }),
    ],
    [
      'a line number that is markup',
      () => ({ ...missing(), findings: [{ ...missing().findings[0], line: '<img src=x>' }] }),
    ],
    ['a report without summary', () => ({ ...missing(), summary: undefined })],
    ['a report without person', () => ({ ...missing(), person: undefined })],
    ['a null finding', () => ({ ...missing(), findings: [null] })],
    ['a number', () => 42],
  ];
  for (const [what, make] of hostile)
    it(`refuses ${what}: exit 2, one line naming the file and line`, () => {
      const file = ndjson(good['ready'], make());
      expectOneClearLine(merge([file], '--format', 'html'), `${file}:2`);
      expectOneClearLine(merge([file], '--lang', 'en'), `${file}:2`, 'not an ausm-check report');
    });

  it('refuses a line that is not JSON, naming the file and line', () => {
    const file = path.join(dir, 'broken.ndjson');
    writeFileSync(file, `${JSON.stringify(good['ready'])}\n{"tool":\n`);
    expectOneClearLine(merge([file]), `${file}:2`);
  });

  it('escapes the text of a valid line in HTML', () => {
    const target = '<script>alert("t")</script>';
    const report = {
      ...missing(),
      target,
      person: { name: '<b onmouseover=x>' },
      findings: [{ ...missing().findings[0], message: '<script>alert("m")</script>' }],
    };
    const run = merge([ndjson(report)], '--format', 'html');
    expect(run.exitCode, run.stderr).toBe(1);
    expect(run.stdout.match(/<script>/g)).toHaveLength(1); // the page's own sort script
    expect(run.stdout).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;');
    expect(run.stdout).not.toContain('<b onmouseover');
  });
});

describe('batch --merge recomputes verdicts and refuses duplicates (issue 13 item 17)', () => {
  it('a line that says ready with an error counted is not ready', () => {
    const lying = { ...good['ready'], summary: { error: 1, warning: 0, info: 0 } };
    const run = merge([ndjson(lying)], '--format', 'json');
    expect(run.exitCode, run.stderr).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.summary).toEqual({ folders: 1, ready: 0, not_ready: 1 });
    expect(out.reports[0].ready).toBe(false);
  });

  it('a line that says ready over an unwaived error finding is not ready', () => {
    const lying = { ...good['missing'], ready: true, summary: { error: 0, warning: 0, info: 0 } };
    const run = merge([ndjson(lying)], '--format', 'csv');
    expect(run.exitCode, run.stderr).toBe(1);
    const row = run.stdout.split('\r\n')[1]!.split(',');
    expect(row[4]).toBe('否'); // 是/否 under zh (issue 14 item 16)
    expect(Number(row[5])).toBeGreaterThan(0);
  });

  it('the same shard merged twice is exit 2 naming the folder', () => {
    const piece = ndjson(good['ready'], good['missing']);
    expectOneClearLine(merge([piece, piece]), '“ready”', `${piece}:1`);
    expectOneClearLine(merge([piece, piece], '--lang', 'en'), '"ready"', 'appears twice');
  });

  it('a folder twice within one piece is exit 2 too', () => {
    const piece = ndjson(good['missing'], good['ready'], good['missing']);
    expectOneClearLine(merge([piece], '--lang', 'en'), '"missing"', `${piece}:1`, `${piece}:3`);
  });
});

describe('batch --merge with many findings', () => {
  it('renders 40,000 findings as JUnit in a few seconds (issue 13 item 11)', () => {
    const finding = missing40k();
    const file = ndjson(finding);
    const started = Date.now();
    const out = path.join(dir, 'many.xml');
    const run = merge([file], '--format', 'junit', '-o', out);
    const seconds = (Date.now() - started) / 1000;
    expect(run.exitCode, run.stderr).toBe(1);
    const xml = readFileSync(out, 'utf8');
    // One failing testcase per error plus the verdict (issue 14 item 20).
    expect(xml.match(/<failure /g)).toHaveLength(40_001);
    expect(xml).toContain('m39999');
    // Quadratic, it took 27 s on an idle machine; linear, about 1 s of CPU (the bound is for a
    // loaded CI runner). test/report/batch/junit.test.ts measures the rendering alone.
    expect(seconds).toBeLessThan(20);
  });
});

function missing40k() {
  const base = good['missing'] as { findings: Record<string, unknown>[] };
  const one = base.findings.find((f) => f['severity'] === 'error')!;
  const findings = Array.from({ length: 40_000 }, (_, i) => ({ ...one, message: `m${i}` }));
  return { ...base, findings, summary: { error: 40_000, warning: 0, info: 0 } };
}
