import { describe, expect, it } from 'vitest';
import { runCli } from './run-in-process.js';

const WARN = 'examples/warn-department-mismatch';
const TODAY = ['--today', '2026-11-26'];
const lastLine = (text: string) => text.trimEnd().split('\n').pop()!;

/** `--max-warnings` (issue 14, item 5): the verdict agrees with the exit code, as ESLint's does. */
describe('--max-warnings', () => {
  it.each([[[]], [['--quiet']]])('zh %o: says the warnings exceed the limit, exit 1', (extra) => {
    const r = runCli([WARN, ...TODAY, '--max-warnings', '0', ...extra]);
    expect(r.exitCode).toBe(1);
    const last = lastLine(r.stdout);
    expect(last).not.toBe('可以提交');
    expect(last).toMatch(/^尚不可提交：警告 \d+ 个，超过 --max-warnings 允许的 0 个/);
  });

  it('en: says the warnings exceed the limit', () => {
    const r = runCli([WARN, ...TODAY, '--max-warnings', '0', '--lang', 'en']);
    expect(r.exitCode).toBe(1);
    expect(lastLine(r.stdout)).toMatch(
      /^Not ready: \d+ warnings?, more than --max-warnings 0 allows/,
    );
  });

  it('the one-line summary of -o says so too', () => {
    const r = runCli([WARN, ...TODAY, '--max-warnings', '0', '-o', '/dev/null']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^尚不可提交：警告 \d+ 个，超过 --max-warnings/);
  });

  it.each([
    ['markdown', '**✗ 尚不可提交：警告'],
    ['html', '<p class="verdict not-ready" role="status">✗ 尚不可提交：警告'],
  ])('%s marks the verdict ✗, as the exit code says', (format, mark) => {
    const r = runCli([WARN, ...TODAY, '--max-warnings', '0', '--format', format]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(mark);
  });

  it('within the limit the folder is ready', () => {
    const r = runCli([WARN, ...TODAY, '--max-warnings', '5']);
    expect(r.exitCode).toBe(0);
    expect(lastLine(r.stdout)).toBe('可以提交');
  });
});
