import { describe, expect, it } from 'vitest';
import { renderBatchHtml } from '../../../src/report/batch/html.js';
import { batchOptions, finding, folder } from './fixtures.js';

const batch = {
  reports: [
    folder('001-张伟'),
    folder('002-李娜', [finding()]),
    folder('010-王芳', [finding({ severity: 'warning', message: '略模糊' })]),
    folder('020-张敏', [finding()]),
  ],
};

const rows = (html: string) =>
  [...html.matchAll(/<tr class="row [^"]*"[^>]*>.*?<\/tr>/g)].map((m) => m[0]);
const folderOf = (row: string) => /<td class="folder">([^<]*)<\/td>/.exec(row)?.[1];

describe('renderBatchHtml (issue 14 item 17)', () => {
  it('lists the folders not ready first, then the ready ones, each in folder order', () => {
    const html = renderBatchHtml(batch, batchOptions());
    expect(rows(html).map(folderOf)).toEqual(['002-李娜', '020-张敏', '001-张伟', '010-王芳']);
  });

  it('has no empty findings row for a folder without findings', () => {
    const html = renderBatchHtml(batch, batchOptions());
    expect(html.match(/<tr class="details"/g)).toHaveLength(3);
    expect(html).not.toContain('(0)');
    // A ready folder with a warning keeps its findings, folded.
    expect(html).toMatch(/<tr class="details"><td colspan="\d+"><details><summary>[^<]*\(1\)/);
  });

  it('numbers each row in its own column, not beside the folder or in the findings line', () => {
    const html = renderBatchHtml(batch, batchOptions());
    expect(rows(html)[0]).toMatch(
      /^<tr class="row not-ready"><td class="n">1<\/td><td class="folder">002-李娜<\/td>/,
    );
    expect(html).not.toMatch(/#\d+<\/summary>/);
    expect(html).toContain('<summary>检查结果 (1)</summary>');
  });

  it('names the date and the ROOT in the header', () => {
    const html = renderBatchHtml(batch, batchOptions({ root: './员工材料' }));
    expect(html).toContain('2026-11-26');
    expect(html).toContain('./员工材料');
    const en = renderBatchHtml(batch, batchOptions({ lang: 'en', root: 'staff' }));
    expect(en).toMatch(/Checked on 2026-11-26.*staff/s);
  });

  it('keeps short columns on one line and scrolls the table sideways when narrow', () => {
    const html = renderBatchHtml(batch, batchOptions());
    expect(html).toContain('<div class="scroll"><table>');
    expect(html).toMatch(/\.scroll\{[^}]*overflow-x:auto/);
    expect(html).toMatch(/white-space:nowrap/);
  });

  it('escapes folder names, people and messages', () => {
    const hostile = folder('<img src=x onerror=alert(1)>', [finding({ message: '<b>&"' })], {
      name: '<script>',
    });
    const html = renderBatchHtml({ reports: [hostile] }, batchOptions({ root: '<r>' }));
    expect(html).not.toMatch(/<img src|<b>|<r>/);
    expect(html.match(/<script>/g)).toHaveLength(1); // the sorting script only
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;&amp;&quot;');
  });
});
