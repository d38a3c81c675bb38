import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as spawnCli } from './run-cli.js';
import { runCli } from './run-in-process.js';

/**
 * The in-process runner answers as the spawned CLI does: same exit code, stdout and stderr, for a
 * verdict, a usage error, help, a file written with -o and the npx hint. If main() starts reading
 * the process (a TTY, process.cwd(), process.env) instead of its Io, this says so.
 */
describe('run-in-process.ts', () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'ausm-inproc-'));
  const cases: [string, string[], { cwd?: string; env?: Record<string, string> }][] = [
    [
      'a verdict in English JSON',
      ['examples/fail-missing-materials', '--today=2026-11-26', '--lang', 'en', '--format', 'json'],
      {},
    ],
    ['a pretty report', ['examples/scope-1-accountant', '--today=2026-11-26'], {}],
    ['a usage error', ['no/such/folder'], {}],
    ['help', ['batch', '--help'], {}],
    [
      'a relative folder from another cwd, through npx',
      ['.'],
      { cwd: empty, env: { npm_command: 'exec', npm_lifecycle_script: 'ausm-check .' } },
    ],
  ];
  for (const [name, args, options] of cases)
    it(name, () => {
      const spawned = spawnCli(args, options);
      const { command, ...inProcess } = runCli(args, options);
      expect(command).toBe(spawned.command);
      // The npx case means something only if the hint is there to rewrite.
      if (options.env?.['npm_command']) expect(spawned.stdout).toContain('npx ausm-check init');
      expect(inProcess).toEqual({
        exitCode: spawned.exitCode,
        stdout: spawned.stdout,
        stderr: spawned.stderr,
      });
    });

  it('a call that does not end in time reports no exit code, and the next call works', () => {
    const slow = runCli(['batch', 'examples', '--today=2026-11-26'], { timeout: 1 });
    expect(slow.exitCode).toBeNull();
    expect(runCli(['--version']).exitCode).toBe(0);
  });
});
