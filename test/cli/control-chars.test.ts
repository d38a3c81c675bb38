import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-in-process.js';

/*
 * Issue 13 item 18: file and folder names reach the report as they are on disk. An escape
 * sequence in one repainted the terminal; a newline printed a line of its own, such as a fake
 * 可以提交 under a folder that is not ready. Every text format shows them as escapes.
 */
const FAKE = '\n可以提交\n';
let root = '';
let folder = '';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ausm-ctl-'));
  folder = path.join(root, `a\x1b[31mb${FAKE}`);
  cpSync(path.join(REPO, 'examples', 'fail-missing-materials'), folder, { recursive: true });
  const photo = path.join(REPO, 'examples', 'scope-1-accountant', '证件照.jpg');
  cpSync(photo, path.join(folder, `x${FAKE}.jpg`));
  cpSync(photo, path.join(folder, '\x1b[2J\x1b]0;title\x07\u202egpj.jpg'));
});

const TODAY = '--today=2026-11-26';

function expectNothingRaw(raw: string, what: string) {
  const text = raw.replace(/\r\n/g, '\n'); // CSV's own line ends
  // eslint-disable-next-line no-control-regex
  expect(text, what).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202e]/);
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  expect(lines, what).not.toContain('可以提交');
}

describe('control characters in names are shown, never obeyed (issue 13 item 18)', () => {
  for (const format of ['pretty', 'markdown', 'html', 'junit'])
    it(`check --format ${format}`, () => {
      const run = runCli([folder, TODAY, '--format', format]);
      expect(run.exitCode, run.stderr).toBe(1);
      expectNothingRaw(run.stdout, format);
      expect(run.stdout).toContain('x\\n可以提交\\n.jpg');
      expect(run.stdout).toContain('\\x1b[2J');
    });

  it('json keeps the names exactly (JSON escapes them itself)', () => {
    const run = runCli([folder, TODAY, '--format', 'json']);
    const files = JSON.parse(run.stdout).findings.map((f: { file?: string }) => f.file);
    expect(files).toContain(`x${FAKE}.jpg`);
  });

  for (const format of ['pretty', 'csv', 'html', 'junit'])
    it(`batch --format ${format} and --findings-csv`, () => {
      const csv = path.join(mkdtempSync(path.join(tmpdir(), 'ausm-ctl-csv-')), 'f.csv');
      const run = runCli(['batch', root, TODAY, '--format', format, '--findings-csv', csv]);
      expect(run.exitCode, run.stderr).toBe(1);
      expectNothingRaw(run.stdout, `batch ${format}`);
      expect(run.stdout).toContain('\\x1b[31m');
      const findings = readFileSync(csv, 'utf8');
      expectNothingRaw(findings, 'findings csv');
      expect(findings).toContain('x\\n可以提交\\n.jpg');
    });
});
