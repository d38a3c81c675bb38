import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-in-process.js';
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
    // The table names each problem by its title, not its rule id (issue 14 item 11).
    expect(run.stdout).toMatch(/修复前\s+front\.jpg\s.*上传的图片不应带拍摄地点/);
    expect(run.stdout).not.toContain('privacy/gps');
    expect(run.stdout).not.toContain('无法自动修复');
    expect((await readdir(out)).sort()).toEqual(['back.jpg', 'front.jpg', 'p.jpg', 'profile.yaml']);
    expect(await hashTree(dir)).toEqual(hashes);
  });

  it('counts a material without an image as a material problem, not one “unrelated to images”', async () => {
    // Scope 3, not working: both ID card sides are required, and neither is in the folder.
    const dir = await makeFolder(basicProfile('p.png'), { 'p.png': 'photo.png' });
    const out = path.join(await tempDir(), 'out');
    const run = runCli(['fix', dir, '--out', out, '--today', TODAY]);
    expect(run.stdout).toMatch(/另有 2 个材料问题 fix 无法处理（缺少材料图片/);
    expect(run.stdout).toMatch(/另有 \d+ 个其他问题（如 profile\.yaml 中的信息）/);
    expect(run.stdout).not.toContain('与图片无关');
    const en = runCli(['fix', dir, '--out', `${out}-en`, '--today', TODAY, '--lang', 'en']);
    expect(en.stdout).toContain('2 more material finding(s) fix cannot deal with');
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
