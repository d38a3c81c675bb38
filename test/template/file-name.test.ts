import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docxFileNames, sanitiseStem } from '../../src/template/file-name.js';
import { FileExistsError, writeDocument } from '../../src/template/write.js';
import { removeFolder, tempFolder } from './fixtures.js';

describe('sanitiseStem', () => {
  it.each([
    ['会计工作证明-昆明韬达人力资源有限公司', '会计工作证明-昆明韬达人力资源有限公司'],
    ['会计工作证明-A/B 公司', '会计工作证明-A_B 公司'],
    ['会计工作证明-某某公司（昆明分公司）', '会计工作证明-某某公司（昆明分公司）'],
    ['a:b*c?d"e<f>g|h\\i', 'a_b_c_d_e_f_g_h_i'],
    ['name. ', 'name'],
    ['con', 'con_'],
    ['', '_'],
  ])('%j → %j', (stem, expected) => {
    expect(sanitiseStem(stem)).toBe(expected);
  });

  it('keeps a very long name within the file system’s 255 bytes', () => {
    const stem = sanitiseStem(`会计工作证明-${'很长的单位名称'.repeat(30)}`);
    expect(new TextEncoder().encode(`${stem}-12.docx`).length).toBeLessThan(255);
    expect(stem.startsWith('会计工作证明-很长')).toBe(true);
  });
});

describe('docxFileNames', () => {
  it('numbers every entry of an employer named more than once, case-insensitively', () => {
    expect(docxFileNames(['p-A', 'p-B', 'p-a', 'p-A'])).toEqual([
      'p-A-1.docx',
      'p-B.docx',
      'p-a-2.docx',
      'p-A-3.docx',
    ]);
  });
});

describe('writeDocument', () => {
  let dir = '';
  afterEach(async () => {
    if (dir !== '') await removeFolder(dir);
  });

  it('refuses to replace an existing file unless told to, and leaves no temporary file', async () => {
    dir = await tempFolder({ 'a.docx': 'old' });
    const file = path.join(dir, 'a.docx');
    await expect(writeDocument(file, new Uint8Array([1, 2, 3]), false)).rejects.toBeInstanceOf(
      FileExistsError,
    );
    expect(await readFile(file, 'utf8')).toBe('old');
    await writeDocument(file, new TextEncoder().encode('new'), true);
    expect(await readFile(file, 'utf8')).toBe('new');
    await writeDocument(path.join(dir, 'b.docx'), new TextEncoder().encode('b'), false);
    expect((await readdir(dir)).sort()).toEqual(['a.docx', 'b.docx']);
  });
});
