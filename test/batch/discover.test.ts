import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFolders } from '../../src/batch/discover.js';
import { naturalCompare } from '../../src/util/compare.js';

/** Builds a tree: a key ending in '/' is a folder, any other key a file. */
function tree(files: readonly string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ausm-discover-'));
  for (const f of files) {
    const full = path.join(root, f);
    if (f.endsWith('/')) mkdirSync(full, { recursive: true });
    else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, 'x');
    }
  }
  return root;
}

describe('discoverFolders (issue 14, item 13)', () => {
  it('lists a folder with a profile, and one with images but no profile yet', async () => {
    const root = tree([
      '001-张伟/profile.yaml',
      '002-李娜/证件照.jpg',
      '003-空/',
      '004-文档/说明.txt',
    ]);
    const found = await discoverFolders(root);
    expect(found.folders).toEqual(['001-张伟', '002-李娜']);
  });

  it('follows department folders, naming the row by its relative path', async () => {
    const root = tree([
      '001-张伟/profile.yml',
      '财务部/022-马超/profile.yaml',
      '财务部/023-赵云/身份证.png',
      '分公司/财务部/030-黄忠/profile.yaml',
    ]);
    const found = await discoverFolders(root);
    expect(found.folders).toEqual([...found.folders].sort(naturalCompare));
    expect(new Set(found.folders)).toEqual(
      new Set(['001-张伟', '财务部/022-马超', '财务部/023-赵云', '分公司/财务部/030-黄忠']),
    );
    expect(found.notFollowed).toEqual([]);
  });

  it('does not look into an applicant folder’s own sub-folders', async () => {
    const root = tree(['001-张伟/profile.yaml', '001-张伟/旧照片/old/profile.yaml']);
    expect((await discoverFolders(root)).folders).toEqual(['001-张伟']);
  });

  it('reports, rather than skips, what lies deeper than three levels', async () => {
    const root = tree(['a/b/c/d/profile.yaml']);
    const found = await discoverFolders(root);
    expect(found.folders).toEqual([]);
    expect(found.notFollowed).toEqual([{ path: 'a/b/c', why: 'depth' }]);
  });

  it('never follows a link, and says so', async () => {
    const outside = tree(['张三/profile.yaml']);
    const root = tree(['001-张伟/profile.yaml', '部门/']);
    symlinkSync(path.join(outside, '张三'), path.join(root, '外链'));
    symlinkSync(outside, path.join(root, '部门', '外链部门'));
    const found = await discoverFolders(root);
    expect(found.folders).toEqual(['001-张伟']);
    expect(found.notFollowed).toEqual([
      { path: '外链', why: 'link' },
      { path: '部门/外链部门', why: 'link' },
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('lists an unreadable sub-folder as a row', async () => {
    const root = tree(['001-张伟/profile.yaml', '002-锁/profile.yaml', '部门/003-锁/profile.yaml']);
    chmodSync(path.join(root, '002-锁'), 0o000);
    chmodSync(path.join(root, '部门', '003-锁'), 0o000);
    try {
      expect((await discoverFolders(root)).folders).toEqual(['001-张伟', '002-锁', '部门/003-锁']);
    } finally {
      chmodSync(path.join(root, '002-锁'), 0o755);
      chmodSync(path.join(root, '部门', '003-锁'), 0o755);
    }
  });

  it('refuses a tree with more entries than the limit', async () => {
    const root = tree(Array.from({ length: 30 }, (_, i) => `部门${i}/`));
    await expect(discoverFolders(root, { maxEntries: 20 })).rejects.toThrow(/20/);
  });
});
