import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { basicProfile, fixture, makeFolder, tempDir } from '../image-fixtures.js';
import { TODAY, hashTree, withGps } from './fix-helpers.js';

describe('ausm-check fix (the built CLI)', () => {
  it('writes the fixed copies, prints the before/after table, leaves DIR alone', async () => {
    const dir = await makeFolder(basicProfile('p.png'), {
      'p.png': 'photo.png',
      'front.jpg': await withGps(fixture('scan.jpg')),
      'back.jpg': 'scan.jpg',
    });
    const out = path.join(await tempDir(), 'out');
    const hashes = await hashTree(dir);
    const run = runCli(['fix', dir, '--out', out, '--today', TODAY]);
    expect(run.stderr).toBe('');
    // The scope-3 profile lacks most personal fields: not ready, but every image is fixed.
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/修复前\s+p\.png\s/);
    expect(run.stdout).toMatch(/修复后\s+p\.jpg\s/);
    expect(run.stdout).toMatch(/修复前\s+front\.jpg\s.*privacy\/gps/);
    expect(run.stdout).not.toContain('无法自动修复');
    expect((await readdir(out)).sort()).toEqual(['back.jpg', 'front.jpg', 'p.jpg', 'profile.yaml']);
    expect(await hashTree(dir)).toEqual(hashes);
  });

  it('exit 2 and one line without --out; --help lists the options', async () => {
    const dir = await makeFolder(basicProfile('p.png'), { 'p.png': 'photo.png' });
    const run = runCli(['fix', dir, '--lang', 'en']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--out');
    const help = runCli(['fix', '--help']);
    expect(help.exitCode).toBe(0);
    for (const option of ['--out', '--force', '--dry-run', '--lang', '--today'])
      expect(help.stdout).toContain(option);
  });
});
