import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from './run-cli.js';

/**
 * Ctrl-C typed at a real terminal (util-linux `script` gives the CLI a TTY on stdin and stderr,
 * so the progress display runs as for a person): the batch stops, prints the partial summary and
 * exits 130 (issue 14, item 14).
 */
const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
if (!HAS_SCRIPT) console.warn('batch-interrupt: skipped, `script` (util-linux) is not installed');

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!HAS_SCRIPT)('batch in a terminal', { timeout: 120_000 }, () => {
  it('stops at Ctrl-C with the partial summary and exit 130', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ausm-batch-int-'));
    for (let i = 1; i <= 150; i++)
      cpSync(path.join(REPO, 'examples/scope-1-accountant'), path.join(root, `p-${i}`), {
        recursive: true,
      });
    const args = [process.execPath, BIN, 'batch', root, '--jobs', '1', '--today', '2026-11-26'];
    const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const env: Record<string, string | undefined> = {
      ...process.env,
      NO_COLOR: '1',
      TERM: 'xterm',
    };
    delete env['CI'];
    // `exec`: the shell is replaced, so Ctrl-C reaches the CLI alone (a shell waiting for it would
    // die of the SIGINT and take the terminal away); `script -e` returns the CLI's exit code.
    const child = spawn('script', ['-qfec', `stty cols 120 rows 40; exec ${quoted}`, '/dev/null'], {
      cwd: REPO,
      env,
    });
    let raw = '';
    child.stdout.on('data', (d: Buffer) => (raw += d.toString('utf8')));
    const exit = new Promise<number | null>((resolve) =>
      child.on('close', (code) => resolve(code)),
    );
    const plain = () => stripVTControlCharacters(raw).replace(/\r/g, '');
    try {
      const until = Date.now() + 60_000;
      while (!/已检查 [1-9]\d*\/150/.test(plain())) {
        if (Date.now() > until) throw new Error(`no progress; screen:\n${plain().slice(-1500)}`);
        await pause(50);
      }
      const sentAt = Date.now();
      child.stdin.write('\x03');
      const stopped = await Promise.race([exit, pause(20_000).then(() => 'timeout' as const)]);
      expect(stopped, plain().slice(-1500)).not.toBe('timeout');
      expect(Date.now() - sentAt).toBeLessThan(15_000);
      const out = plain();
      expect(out).toMatch(/已中断：只检查了 \d+ \/ 150 个文件夹/);
      expect(stopped).toBe(130);
    } finally {
      child.kill();
    }
  });
});
