import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import {
  BAD_ID_VALUE,
  HOSTILE,
  ID_NUMBER,
  MASKED_ID,
  NO_DOCTORATE,
  PHOTO_MISSING,
  UNUSED_IMAGE,
  finding,
  makeResult,
  options,
} from './fixtures.js';

/** The cells of a table row, split on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());
}

function tableRows(md: string): string[] {
  return md.split('\n').filter((line) => line.startsWith('|'));
}

describe('renderMarkdown', () => {
  it('starts with a heading naming the target, then the verdict', () => {
    const md = renderMarkdown(makeResult(), options());
    const lines = md.split('\n');
    expect(lines[0]).toBe('# ausm-check 检查报告：examples/accountant');
    expect(md).toContain('**✗ 尚不可提交：3 个错误，1 个警告**');
    expect(md).toContain('- 采集范围：4');
    expect(md).toContain('- 检查日期：2026-11-26');
  });

  it('says ready when there is no error', () => {
    const md = renderMarkdown(makeResult({ findings: [BAD_ID_VALUE] }), options());
    expect(md).toContain('**✓ 可以提交**');
    expect(renderMarkdown(makeResult({ findings: [] }), options({ lang: 'en' }))).toContain(
      '**✓ Ready to submit**',
    );
  });

  it('writes English with --lang en', () => {
    const md = renderMarkdown(makeResult(), options({ lang: 'en' }));
    expect(md.split('\n')[0]).toBe('# ausm-check report: examples/accountant');
    expect(md).toContain('**✗ Not ready: 3 errors, 1 warning**');
    expect(md).toContain(
      '| ✗ error | Basic information › Name<br>`basic.name` 4:3 | Required field is missing |',
    );
    expect(md).toContain('- [ ] No glasses');
    expect(md).not.toMatch(/[错警提缺]/);
  });

  it('masks the person and PII in messages unless showPii', () => {
    const md = renderMarkdown(makeResult(), options());
    expect(md).toContain('- 姓名：张\\*\\*');
    expect(md).toContain('- 有效身份证件号码：530\\*\\*\\*\\*\\*3716');
    expect(md).toContain('“530\\*\\*\\*\\*\\*3716” 不是允许的选项');
    expect(md).not.toContain(ID_NUMBER);
    expect(md).not.toContain('张三丰');

    const full = renderMarkdown(makeResult(), options({ showPii: true }));
    expect(full).toContain('- 姓名：张三丰');
    expect(full).toContain(`- 有效身份证件号码：${ID_NUMBER}`);
    expect(full).toContain(`“${ID_NUMBER}” 不是允许的选项`);
    expect(MASKED_ID).toBe('530*****3716');
  });

  it('groups findings by section in the platform’s order, one table each', () => {
    const md = renderMarkdown(
      makeResult({ findings: [NO_DOCTORATE, PHOTO_MISSING, finding(), UNUSED_IMAGE] }),
      options(),
    );
    const headings = md.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual(['### 采集范围', '### 基本信息', '### 材料文件']);
    const basic = md.slice(md.indexOf('### 基本信息'), md.indexOf('### 材料文件'));
    expect(basic.indexOf('basic.photo')).toBeLessThan(basic.indexOf('basic.name'));
  });

  it('gives each finding its mark, field label, path with line:column, message and hint', () => {
    const md = renderMarkdown(makeResult(), options());
    const row = tableRows(md).find((r) => r.includes('`basic.name`'))!;
    expect(cells(row)).toEqual([
      '✗ 错误',
      '基本信息 › 姓名<br>`basic.name` 4:3',
      '缺少必填项',
      '补充该项，或运行 `ausm-check fill` 按提示填写',
    ]);
    const warning = tableRows(md).find((r) => r.includes('`basic.id_type`'))!;
    expect(cells(warning)[0]).toBe('! 警告');
  });

  it('names the file of a finding about a file', () => {
    const md = renderMarkdown(makeResult({ findings: [UNUSED_IMAGE] }), options());
    const row = tableRows(md).find((r) => r.includes('extra.jpg'))!;
    expect(cells(row).slice(0, 3)).toEqual([
      'i 提示',
      '`extra.jpg`',
      '图片 extra.jpg 没有被任何材料用到',
    ]);
  });

  it('marks a waived finding with its reason', () => {
    const waived = finding({ waived: '姓名含生僻字，已与审核老师确认' });
    const md = renderMarkdown(makeResult({ findings: [waived] }), options());
    const row = cells(tableRows(md).find((r) => r.includes('`basic.name`'))!);
    expect(row[0]).toBe('✗ 错误 · 已豁免');
    expect(row[2]).toBe('缺少必填项<br>已豁免：姓名含生僻字，已与审核老师确认');
    expect(md).toContain('**✓ 可以提交**');
  });

  it('escapes pipes, newlines and markup so a cell stays one cell', () => {
    const pipes = finding({
      rule: 'material/unused',
      severity: 'warning',
      section: 'materials',
      field: undefined,
      line: undefined,
      file: 'a|b`c.jpg',
      args: { file: 'a|b\nc.jpg' },
      waived: 'x|y\nz',
    });
    const md = renderMarkdown(makeResult({ findings: [HOSTILE, pipes] }), options());
    for (const row of tableRows(md)) expect(row).not.toMatch(/[\r\n]/);
    const hostile = cells(tableRows(md).find((r) => r.includes('profile/parse'))!);
    expect(hostile).toHaveLength(4);
    expect(hostile[2]).toBe(
      '规则 profile/parse 运行出错：\\<script\\>alert("x")\\</script\\> a\\|b\\\\nsecond line \\& more \\\\x01\\\\x07 \\]\\]\\> `tick`',
    );
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).not.toContain('\u0001');

    const unused = cells(tableRows(md).find((r) => r.includes('b`c.jpg'))!);
    expect(unused).toHaveLength(4);
    expect(unused[1]).toBe('``a\\|b`c.jpg``');
    expect(unused[2]).toBe('图片 a\\|b\\\\nc.jpg 没有被任何材料用到<br>已豁免：x\\|y\\\\nz');
  });

  it('escapes Markdown in the heading and the person', () => {
    const md = renderMarkdown(
      makeResult({ target: 'hr/**2026**_[new]', person: { name: '*李*' } }),
      options({ showPii: true }),
    );
    expect(md.split('\n')[0]).toBe('# ausm-check 检查报告：hr/\\*\\*2026\\*\\*\\_\\[new\\]');
    expect(md).toContain('- 姓名：\\*李\\*');
  });

  it('lists the materials with their status', () => {
    const md = renderMarkdown(makeResult(), options());
    const rows = tableRows(md).filter((r) => r.includes('.proof`') || r.includes('`basic.'));
    const byField = (field: string) =>
      cells(rows.find((r) => r.includes(`\`${field}\``) && !r.includes('✗'))!);
    expect(byField('basic.photo')).toEqual([
      '标准证件照',
      '基本信息 › 照片信息<br>`basic.photo`',
      '—',
      '必需',
      '缺少',
    ]);
    expect(byField('basic.id_card.front')[2]).toBe('`身份证正面.jpg`');
    expect(byField('basic.id_card.front')[4]).toBe('合格');
    expect(byField('work[0].proof')).toEqual([
      '会计工作（经历）证明',
      '工作经历 第1条 › 会计工作（经历）证明<br>`work[0].proof`',
      '`证明1.jpg`<br>`证明2.jpg`',
      '必需',
      '不合格',
    ]);
    expect(byField('qualifications.accounting[0].proof')[4]).toBe('无需提供');
  });

  it('ends with the checklist as task items', () => {
    const md = renderMarkdown(makeResult(), options());
    const items = md.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(items).toEqual([
      '- [ ] 刘海未遮眉',
      '- [ ] 未戴眼镜',
      '- [ ] 未戴帽子',
      '- [ ] 正面免冠',
      '- [ ] 未过度美颜',
      '- [ ] 已加盖单位公章或人事部门章',
      '- [ ] 证明上的工作开始时间、身份证号与填报信息一致',
    ]);
  });

  it('shows only errors with --quiet', () => {
    const md = renderMarkdown(makeResult(), options({ quiet: true }));
    expect(md).toContain('`basic.name`');
    expect(md).not.toContain('basic.id_type');
  });

  it('says so when there is nothing to report', () => {
    const md = renderMarkdown(
      makeResult({ findings: [], materials: [], checklist: [], person: {}, scope: undefined }),
      options(),
    );
    expect(md).toContain('没有发现问题。');
    expect(md).not.toContain('## 申请人');
    expect(md).not.toContain('## 请人工确认');
    expect(md).not.toContain('采集范围：');
  });

  it('is deterministic and dated only by result.today', () => {
    const a = renderMarkdown(makeResult(), options());
    expect(renderMarkdown(makeResult(), options())).toBe(a);
    expect(a.match(/\d{4}-\d{2}-\d{2}/g)).toEqual(['2026-11-26', '2026-11-26']);
    expect(a.endsWith('由 ausm-check 0.1.0 生成，检查日期 2026-11-26\n')).toBe(true);
  });
});
