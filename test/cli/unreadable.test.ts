import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRunnable } from '../helpers-runtime.js';
import { fixture } from '../image-fixtures.js';
import { BIN, REPO } from './run-cli.js';

const NOBODY = { uid: 65534, gid: 65534 };

/**
 * A photo without read permission, checked by the built CLI. Root reads it anyway, so as root
 * the CLI runs as `nobody`: the permission error is real either way, not simulated. `nobody`
 * may not be able to enter the clone (one made inside `mktemp -d` is behind a folder of mode
 * 0700), so it runs a copy of the built CLI and its runtime packages in a temporary folder.
 */
describe('a file the user may not read', () => {
  it('becomes file/unreadable naming the file, and the check goes on', (ctx) => {
    const root = process.getuid?.() === 0;
    const dir = mkdtempSync(path.join(tmpdir(), 'ausm-unreadable-'));
    ctx.onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, 'profile.yaml'), 'scope: 3\nbasic:\n  photo: 证件照.jpg\n');
    copyFileSync(fixture('photo.jpg'), path.join(dir, '证件照.jpg'));
    chmodSync(path.join(dir, '证件照.jpg'), 0o000);
    chmodSync(dir, 0o755);

    let bin = BIN;
    let cwd = REPO;
    if (root) {
      const app = mkdtempSync(path.join(tmpdir(), 'ausm-runnable-'));
      ctx.onTestFinished(() => rmSync(app, { recursive: true, force: true }));
      copyRunnable(app);
      chmodSync(app, 0o755);
      bin = path.join(app, 'bin/ausm-check.js');
      cwd = app;
      // What the copy cannot carry: Node itself and the temporary folder's parents.
      const probe = spawnSync(
        process.execPath,
        ['-e', 'require("fs").accessSync(process.argv[1], 4)', bin],
        { cwd, encoding: 'utf8', timeout: 30_000, ...NOBODY },
      );
      if (probe.error !== undefined || probe.status !== 0)
        ctx.skip(
          `skipped: as root the test runs the CLI as nobody (uid 65534), who cannot run ` +
            `${process.execPath} or read ${bin}: ${probe.error?.message ?? probe.stderr.trim()}`,
        );
    }

    const run = spawnSync(
      process.execPath,
      [bin, dir, '--format', 'json', '--today', '2026-11-26'],
      {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', CI: '1' },
        timeout: 60_000,
        ...(root ? NOBODY : {}),
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      findings: { rule: string; file?: string; message: string }[];
    };
    const finding = report.findings.find((f) => f.rule === 'file/unreadable');
    expect(finding?.file).toBe('证件照.jpg');
    expect(finding?.message).toMatch(/权限|permission/i);
  });
});
