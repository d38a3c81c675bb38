import { describe, expect, it } from 'vitest';
import { csvColumns, renderBatchCsv, renderFindingsCsv } from '../../../src/report/batch/csv.js';
import { batchOptions, finding, folder } from './fixtures.js';

/** RFC 4180 fields of one CSV record (enough for these tests: no line breaks inside fields). */
function fields(line: string): string[] {
  const out: string[] = [];
  const re = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;
  for (const m of line.matchAll(re))
    out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
  return out;
}

const lines = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');

const ID = '530102199001013716';
const batch = {
  reports: [
    folder('001-张伟', [], { name: '张伟', id_number: ID }),
    folder('002-李娜', [finding()], { name: '李娜', id_number: '11010519491231002X' }),
  ],
};

describe('renderBatchCsv (issue 14 item 16)', () => {
  it('keeps the UTF-8 byte-order mark Excel needs for Chinese', () => {
    expect(renderBatchCsv(batch, batchOptions()).startsWith('\ufeff')).toBe(true);
    expect(renderFindingsCsv(batch.reports, 'zh').startsWith('\ufeff')).toBe(true);
  });

  it('has Chinese headers and 是/否 under zh, English under en', () => {
    const zh = lines(renderBatchCsv(batch, batchOptions()));
    expect(fields(zh[0]!)).toEqual([...csvColumns('zh').folder]);
    expect(zh[0]).toMatch(/^文件夹,姓名,身份证号,/);
    const ready = fields(zh[0]!).indexOf('可以提交');
    expect(fields(zh[1]!)[ready]).toBe('是');
    expect(fields(zh[2]!)[ready]).toBe('否');
    const en = lines(renderBatchCsv(batch, batchOptions({ lang: 'en' })));
    expect(en[0]).toMatch(/^folder,name,id_number,/);
    expect(fields(en[1]!)[fields(en[0]!).indexOf('ready')]).toBe('yes');
  });

  it('writes ID numbers as text formulas that Excel and LibreOffice keep as text', () => {
    const rows = lines(renderBatchCsv(batch, batchOptions()));
    const col = fields(rows[0]!).indexOf('身份证号');
    expect(fields(rows[1]!)[col]).toBe(`="${ID}"`);
    expect(fields(rows[2]!)[col]).toBe('="11010519491231002X"');
    // Masked numbers are not numbers: left as they are.
    const masked = renderBatchCsv({ reports: [folder('a')] }, batchOptions());
    expect(fields(lines(masked)[1]!)[col]).toBe('530*****3716');
  });

  it('never lets user data become a formula (CSV injection)', () => {
    const hostile = folder('=cmd|calc', [finding({ message: '+SUM(1)', hint: '@x' })], {
      name: '=HYPERLINK("http://evil","点")',
      id_number: '=1+1',
    });
    const csv = renderBatchCsv({ reports: [hostile] }, batchOptions());
    for (const cell of fields(lines(csv)[1]!)) expect(cell).not.toMatch(/^[=+\-@]/);
    const findings = renderFindingsCsv([hostile], 'zh');
    for (const cell of fields(lines(findings)[1]!)) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('has Chinese headers and severities in the findings CSV under zh', () => {
    const zh = lines(renderFindingsCsv(batch.reports, 'zh'));
    expect(zh[0]).toMatch(/^文件夹,规则,级别,/);
    expect(fields(zh[1]!)[2]).toBe('错误');
    const en = lines(renderFindingsCsv(batch.reports, 'en'));
    expect(en[0]).toMatch(/^folder,rule,severity,/);
    expect(fields(en[1]!)[2]).toBe('error');
  });
});
