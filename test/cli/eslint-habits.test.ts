import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-in-process.js';

const TODAY = ['--today', '2026-11-26'];
const READY = 'examples/scope-1-accountant';
const FAIL = 'examples/fail-small-photo';
const WARN = 'examples/warn-department-mismatch';

describe('bare ausm-check and a mistyped command (issue 14, item 3)', () => {
  it('bare: shows the usage and the commands on stderr, exit 2', () => {
    const r = runCli([]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('用法：');
    expect(r.stderr).toContain('命令：');
    expect(r.stderr).toMatch(/^ {2}batch /m);
    expect(r.stderr).not.toContain('缺少参数');
  });

  it('bare in English', () => {
    const r = runCli(['--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('Usage:');
    expect(r.stderr).toContain('Commands:');
  });

  it('`chek DIR`: an unknown command, with the nearest one', () => {
    const r = runCli(['chek', READY]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('未知命令');
    expect(r.stderr).toContain('check');
    expect(r.stderr).not.toContain('参数过多');
    const en = runCli(['tempalte', READY, '--lang', 'en']);
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toMatch(/unknown command "tempalte".*did you mean template/);
  });

  it('a missing folder that looks like no command is still a missing folder', () => {
    const r = runCli(['no-such-folder-here']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('文件夹不存在：no-such-folder-here');
  });
});

describe('ESLint habits (issue 14, item 25)', () => {
  it('-f is short for --format', () => {
    const r = runCli([READY, ...TODAY, '-f', 'json']);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ready: true });
  });

  it('check a b c: each folder reported, exit code the worst', () => {
    const r = runCli(['check', READY, FAIL, WARN, ...TODAY]);
    expect(r.exitCode).toBe(1);
    for (const dir of [READY, FAIL, WARN]) expect(r.stdout).toContain(`ausm-check ${dir}`);
    const ok = runCli([READY, WARN, ...TODAY]);
    expect(ok.exitCode).toBe(0);
    expect(runCli([READY, WARN, ...TODAY, '--max-warnings', '0']).exitCode).toBe(1);
  });

  it('several folders refuse a format that holds one report (json, html, junit)', () => {
    const r = runCli([READY, FAIL, ...TODAY, '-f', 'json']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('batch');
  });

  it('a missing folder among several stops before checking any', () => {
    const r = runCli([READY, 'no-such-folder-here', ...TODAY]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('--format compact: one line per finding, path:line:col: severity rule message', () => {
    const r = runCli([FAIL, WARN, ...TODAY, '-f', 'compact']);
    expect(r.exitCode).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toContain(
      `${FAIL}/证件照.jpg: error photo/min-pixels 照片 证件照.jpg 为 200×280 像素，要求不小于 295×413`,
    );
    expect(
      lines.some((l) =>
        /^examples\/warn-department-mismatch\/profile\.yaml:\d+:\d+: warning department\/employer-region /.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(lines).toContain(`${FAIL}: 尚不可提交：1 个错误，0 个警告`);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('--format compact into a file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ausm-compact-')), 'r.txt');
    const r = runCli([FAIL, ...TODAY, '-f', 'compact', '-o', file]);
    expect(r.exitCode).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain(': error photo/min-pixels ');
  });
});
