import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../image-fixtures.js';
import { BIN, REPO } from './run-cli.js';

/**
 * A photo without read permission, checked by the built CLI. Root reads it anyway, so as root
 * the CLI runs as `nobody`: the permission error is real either way, not simulated.
 */
describe('a file the user may not read', () => {
  it('becomes file/unreadable naming the file, and the check goes on', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ausm-unreadable-'));
    writeFileSync(path.join(dir, 'profile.yaml'), 'scope: 3\nbasic:\n  photo: 证件照.jpg\n');
    copyFileSync(fixture('photo.jpg'), path.join(dir, '证件照.jpg'));
    chmodSync(path.join(dir, '证件照.jpg'), 0o000);
    chmodSync(dir, 0o755);
    const root = process.getuid?.() === 0;
    const run = spawnSync(
      process.execPath,
      [BIN, dir, '--format', 'json', '--today', '2026-11-26'],
      {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', CI: '1' },
        timeout: 60_000,
        ...(root ? { uid: 65534, gid: 65534 } : {}),
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
