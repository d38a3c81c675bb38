import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/facts/profile.js';
import { renderDocx } from '../../src/template/docx.js';
import { fillTemplate } from '../../src/template/fill.js';
import { loadTemplate } from '../../src/template/template-file.js';
import { PROFILE, TODAY, TWO_JOBS, removeFolder, tempFolder } from './fixtures.js';

/**
 * "It must open without repair prompts in Microsoft Word and LibreOffice Writer" (work-proof.md):
 * LibreOffice converts the file to PDF, and the PDF's text holds what the profile said. Debian:
 * `apt-get install libreoffice-writer poppler-utils` (and a CJK font such as fonts-arphic-uming
 * to see Chinese in the rendered page).
 */
const run = promisify(execFile);

function onPath(...names: string[]): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter))
    for (const name of names) {
      const file = path.join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  return undefined;
}

const office = onPath('libreoffice', 'soffice');
const pdftotext = onPath('pdftotext');
const NO_OFFICE =
  'skipped: neither libreoffice nor soffice is on PATH (apt-get install libreoffice-writer)';
const NO_PDFTOTEXT = 'skipped: pdftotext is not on PATH (apt-get install poppler-utils)';

describe.skipIf(office === undefined)('LibreOffice opens the generated .docx', () => {
  let dir = '';
  const pdfs: string[] = [];

  beforeAll(async () => {
    dir = await tempFolder();
    const template = await loadTemplate();
    const docs: string[] = [];
    for (const [name, text, index] of [
      ['complete', PROFILE, 0],
      ['blanks', TWO_JOBS, 1],
    ] as const) {
      const facts = parseProfile('profile.yaml', new TextEncoder().encode(text));
      if (facts.status !== 'ok') throw new Error('fixture profile does not parse');
      const bytes = await renderDocx(fillTemplate(template, facts.data, index), template, {
        date: TODAY,
      });
      const file = path.join(dir, `${name}.docx`);
      await writeFile(file, bytes);
      docs.push(file);
    }
    // A profile of its own, so that a LibreOffice the developer has open does not take the job.
    const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
    await run(
      office!,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...docs,
      ],
      { timeout: 100_000 },
    );
    for (const file of docs) pdfs.push(file.replace(/\.docx$/, '.pdf'));
  }, 120_000);

  afterAll(async () => {
    if (dir !== '') await removeFolder(dir);
  });

  it('converts both documents to a one-page PDF', async () => {
    const names = await readdir(dir);
    for (const pdf of pdfs) {
      expect(names).toContain(path.basename(pdf));
      const head = (await readFile(pdf)).subarray(0, 5).toString('latin1');
      expect(head).toBe('%PDF-');
      expect((await readFile(pdf, 'latin1')).match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    }
  });

  it.skipIf(pdftotext === undefined)(
    pdftotext === undefined
      ? `finds the profile’s values in the PDF text (${NO_PDFTOTEXT})`
      : 'finds the profile’s values in the PDF text',
    async () => {
      // Spacing in extracted text depends on the fonts the machine has: compare without it.
      const squeeze = (t: string): string => t.replace(/\s+/g, '');
      const text = async (pdf: string): Promise<string> =>
        squeeze((await run(pdftotext!, ['-enc', 'UTF-8', pdf, '-'])).stdout);
      const complete = await text(pdfs[0]!);
      for (const value of [
        '会计工作(经历)证明',
        '张三',
        '530102198703173716',
        '昆明韬达人力资源有限公司',
        '91530102MA6P4Q7K12',
        '2009 年 8 月 1 日至今',
        '李四',
        '0871-12345678',
        '☑ 出纳',
        '☑ 会计监督',
        '☐ 稽核',
        '特此证明。',
      ])
        expect(complete).toContain(squeeze(value));
      const blanks = await text(pdfs[1]!);
      expect(blanks).toContain('云南某某会计师事务所有限公司');
      expect(blanks).toContain('2007年7月1日至2009年7月');
      expect(blanks).toContain('☑离职');
    },
  );
});

// Says why in the test report, where the block above is skipped without a word.
if (office === undefined) it.skip(`LibreOffice conversion (${NO_OFFICE})`, () => {});
