import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wantsColor } from '../../src/cli/color.js';
import { BIN, REPO } from './run-cli.js';

const TODAY = ['--today', '2026-11-26'];
const FAIL = 'examples/fail-small-photo';
const WARN = 'examples/warn-department-mismatch';
const RED = '\x1b[31m';
const YELLOW = '\x1b[33m';
const GREEN = '\x1b[32m';
const BOLD = '\x1b[1m';
const ESC = '\x1b[';

describe('wantsColor: chalk and Node conventions (issue 14, item 1)', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ TERM: 'dumb' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
  ])('%o, tty %s → %s', (env, tty, expected) => {
    expect(wantsColor(env, tty)).toBe(expected);
  });
});

/** Like runCli (a pipe, CI set), but without its NO_COLOR and FORCE_COLOR unless given. */
function run(args: readonly string[], env: Record<string, string>) {
  const base: Record<string, string | undefined> = { ...process.env, CI: '1' };
  delete base['NO_COLOR'];
  delete base['FORCE_COLOR'];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...base, ...env },
    timeout: 60_000,
  });
  return { exitCode: r.status, stdout: r.stdout };
}

describe('the terminal report in colour (issue 14, item 1)', () => {
  it('colours errors red and the verdict bold with FORCE_COLOR into a pipe', () => {
    const r = run([FAIL, ...TODAY], { FORCE_COLOR: '1' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(`${RED}✗`);
    expect(r.stdout).toContain(BOLD);
  });

  it('colours warnings yellow and passes green', () => {
    const r = run([WARN, ...TODAY], { FORCE_COLOR: '1' });
    expect(r.stdout).toContain(`${YELLOW}!`);
    expect(r.stdout).toContain(`${GREEN}✓`);
  });

  it.each([
    ['a pipe', [], {}],
    ['FORCE_COLOR=0', [], { FORCE_COLOR: '0' }],
    ['NO_COLOR', [], { NO_COLOR: '1' }],
    ['--no-color', ['--no-color'], { FORCE_COLOR: '1' }],
    ['--format json', ['--format', 'json'], { FORCE_COLOR: '1' }],
    ['-f markdown', ['-f', 'markdown'], { FORCE_COLOR: '1' }],
  ])('stays plain with %s', (_, extra, env) => {
    const r = run([FAIL, ...TODAY, ...extra], env as Record<string, string>);
    expect(r.stdout).not.toContain(ESC);
  });

  it('never writes colour into an -o file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ausm-color-')), 'r.txt');
    const r = run([FAIL, ...TODAY, '-o', file], { FORCE_COLOR: '1' });
    expect(r.exitCode).toBe(1);
    expect(readFileSync(file, 'utf8')).not.toContain(ESC);
  });
});

const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/** The built CLI on a real pseudo-terminal (util-linux `script`), as in interactive-e2e. */
function inTerminal(args: readonly string[], env: Record<string, string> = {}): string {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`);
  const base: Record<string, string | undefined> = { ...process.env, TERM: 'xterm', CI: '1' };
  delete base['NO_COLOR'];
  delete base['FORCE_COLOR'];
  const r = spawnSync(
    'script',
    ['-qfec', `stty cols 120 rows 50; ${quoted.join(' ')}`, '/dev/null'],
    {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...base, ...env },
      timeout: 60_000,
    },
  );
  return r.stdout;
}

describe.skipIf(!HAS_SCRIPT)('in a real terminal (issue 14, item 1)', () => {
  it('is coloured on a TTY', () => {
    const out = inTerminal([FAIL, ...TODAY]);
    expect(out).toContain(`${RED}✗`);
    expect(out).toContain(BOLD);
  });

  it('is plain on a TTY with NO_COLOR or --no-color', () => {
    expect(inTerminal([FAIL, ...TODAY], { NO_COLOR: '1' })).not.toContain(ESC);
    expect(inTerminal([FAIL, ...TODAY, '--no-color'])).not.toContain(ESC);
  });
});
