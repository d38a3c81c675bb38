import { copyFileSync, cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distinctId } from './distinct-id.js';
import { REPO, runCli } from './run-in-process.js';

/*
 * Issue 14 item 13: no folder is skipped silently. An employee folder without profile.yaml yet
 * is a not-ready row (profile/missing); department folders are followed and their employees
 * named by relative path; the summary counts them all.
 */
describe('batch discovery', () => {
  it('lists a folder without a profile yet and the employees of a department', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ausm-discover-cli-'));
    const example = path.join(REPO, 'examples', 'scope-1-accountant');
    cpSync(example, path.join(root, '001-张伟'), { recursive: true });
    cpSync(example, path.join(root, '财务部', '022-马超'), { recursive: true });
    distinctId(path.join(root, '财务部', '022-马超')); // another person (batch/duplicate-id)
    mkdirSync(path.join(root, '003-新员工'));
    copyFileSync(path.join(example, '证件照.jpg'), path.join(root, '003-新员工', '证件照.jpg'));
    mkdirSync(path.join(root, '空文件夹'));
    const r = runCli(['batch', root, '--today=2026-11-26', '--format', 'json']);
    expect(r.exitCode, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as {
      summary: { folders: number; ready: number; not_ready: number };
      reports: { target: string; ready: boolean; findings: { rule: string }[] }[];
    };
    expect(report.summary).toMatchObject({ folders: 3, ready: 2, not_ready: 1 });
    const byName = Object.fromEntries(report.reports.map((x) => [x.target, x]));
    expect(Object.keys(byName).sort()).toEqual(
      ['001-张伟', '003-新员工', '财务部/022-马超'].sort(),
    );
    expect(byName['财务部/022-马超']!.ready).toBe(true);
    expect(byName['003-新员工']!.ready).toBe(false);
    expect(byName['003-新员工']!.findings.map((f) => f.rule)).toContain('profile/missing');
    const pretty = runCli(['batch', root, '--today=2026-11-26']);
    expect(pretty.stdout).toContain('共 3 个文件夹');
    expect(pretty.stdout).toContain('财务部/022-马超');
  });
});
