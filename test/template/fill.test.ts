import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/facts/profile.js';
import type { Profile } from '../../src/profile/schema.js';
import { fillTemplate, type FilledDocument, type Segment } from '../../src/template/fill.js';
import { loadTemplate, parseTemplate } from '../../src/template/template-file.js';
import { PROFILE, TWO_JOBS } from './fixtures.js';

function profileOf(text: string): Profile {
  const facts = parseProfile('profile.yaml', new TextEncoder().encode(text));
  if (facts.status !== 'ok') throw new Error('fixture profile does not parse');
  return facts.data;
}

/** A paragraph as one line: values in [brackets], blanks as _ per character, boxes as ☑/☐. */
function show(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      switch (s.kind) {
        case 'text':
          return s.text;
        case 'value':
          return `[${s.text.trim()}]`;
        case 'blank':
          return '_'.repeat(s.width);
        case 'box':
          return s.checked ? '☑' : '☐';
      }
    })
    .join('');
}

const lines = (doc: FilledDocument): string[] => doc.paragraphs.map((p) => show(p.segments));

describe('fillTemplate with the appendix template', async () => {
  const template = await loadTemplate();

  it('fills every field of a complete entry and ticks its status and duties', () => {
    const doc = fillTemplate(template, profileOf(PROFILE), 0);
    expect(lines(doc)).toEqual([
      '附件',
      '会计工作(经历)证明',
      '兹有[张三] (身份证号: [530102198703173716]) 系我单位 (☑ 在职、☐ 退休、☐ 离职) 正式职工, 于[2009]年[8]月[1]日至今在我单位从事会计工作。从事的会计工作类型如下:',
      '☑ 出纳',
      '☐ 稽核',
      '☐ 资产、负债和所有者权益(净资产)的核算',
      '☐ 收入、费用(支出)的核算',
      '☐ 财务成果(政府预算执行结果)的核算',
      '☐ 财务会计报告(决算报告)编制',
      '☑ 会计监督',
      '☐ 会计机构内会计档案管理',
      '☐ 其他会计工作',
      '单位名称: [昆明韬达人力资源有限公司]',
      '社会统一信用代码: [91530102MA6P4Q7K12]',
      '特此证明。',
      '单位(盖章):',
      '年　　月　　日',
      '(单位联系人及联系电话: [李四] [0871-12345678])',
    ]);
    expect(doc.blanks).toEqual([]);
    expect(doc.fileStem).toBe('会计工作证明-昆明韬达人力资源有限公司');
  });

  it('leaves lines to write on for what the profile lacks, and lists them', () => {
    const doc = fillTemplate(template, profileOf(TWO_JOBS), 1);
    const text = lines(doc);
    expect(text[2]).toContain('(☐ 在职、☐ 退休、☑ 离职)');
    // A `YYYY-MM` end keeps its year and month; the day is a line, as on the printed form.
    expect(text[2]).toContain('于[2007]年[7]月[1]日至[2009]年[7]月__日在我单位');
    expect(text.slice(3, 12).every((l) => l.startsWith('☐ '))).toBe(true);
    expect(text[17]).toBe('(单位联系人及联系电话: _____ ________)');
    expect(doc.blanks).toEqual([
      { placeholder: 'end', field: 'work[1].end', day: true },
      { placeholder: 'duties', field: 'work[1].duties' },
      { placeholder: 'contact_name', field: 'work[1].contact.name' },
      { placeholder: 'contact_phone', field: 'work[1].contact.phone' },
    ]);
  });

  it('prints the form’s blank date and blank lines for an empty entry, never "undefined"', () => {
    const doc = fillTemplate(template, {}, 0);
    const text = lines(doc);
    expect(text[2]).toBe(
      '兹有______ (身份证号: ____________) 系我单位 (☐ 在职、☐ 退休、☐ 离职) 正式职工, 于___年__月__日至___年__月__日在我单位从事会计工作。从事的会计工作类型如下:',
    );
    expect(text.join('\n')).not.toMatch(/undefined|null|NaN/);
    expect(doc.blanks.map((b) => b.field)).toEqual([
      'basic.name',
      'basic.id_number',
      'work[0].status',
      'work[0].start',
      'work[0].end',
      'work[0].duties',
      'work[0].employer',
      'work[0].uscc',
      'work[0].contact.name',
      'work[0].contact.phone',
    ]);
    expect(doc.fileStem).toBe('会计工作证明-工作经历1');
  });

  it('ticks a duty given by its short name or with full-width brackets', () => {
    const profile = profileOf(
      PROFILE.replace(
        'duties: [出纳, 会计监督]',
        'duties: [档案管理, "资产、负债和所有者权益（净资产）的核算"]',
      ),
    );
    const text = lines(fillTemplate(template, profile, 0));
    expect(text.filter((l) => l.startsWith('☑'))).toEqual([
      '☑ 资产、负债和所有者权益(净资产)的核算',
      '☑ 会计机构内会计档案管理',
    ]);
  });
});

describe('fillTemplate with the 工作经历承诺书 template', async () => {
  const template = await loadTemplate(
    new URL('../../templates/work-commitment.yaml', import.meta.url).pathname,
  );

  it('words the same fields as a self-signed promise', () => {
    const doc = fillTemplate(template, profileOf(PROFILE), 0);
    const text = lines(doc);
    expect(text[0]).toBe('工作经历承诺书');
    expect(text[1]).toBe(
      '本人[张三]，身份证号码[530102198703173716]，于[2009]年[8]月[1]日至今在[昆明韬达人力资源有限公司]（统一社会信用代码：[91530102MA6P4Q7K12]）从事会计工作，现为（☑ 在职、☐ 退休、☐ 离职）状态。从事的会计工作类型为：[出纳、会计监督]。',
    );
    expect(text.join('\n')).toContain('以上信息真实');
    expect(text).toContain('承诺人（签名）：_______');
    expect(text).toContain('日期：___年__月__日');
    expect(doc.blanks).toEqual([]);
    expect(doc.fileStem).toBe('工作经历承诺书-昆明韬达人力资源有限公司');
  });
});

describe('parseTemplate', () => {
  const minimal = (paragraphs: string): string => `file_name: x-{employer}
title: x
fonts: { latin: Times New Roman, east_asia: 宋体, symbol: Segoe UI Symbol }
page: { margin_cm: 2.5 }
styles: { default: { size_pt: 12 } }
paragraphs:
${paragraphs}`;

  it('accepts a minimal template', () => {
    const t = parseTemplate(minimal('  - text: "兹有{name}{blank:4}{status:在职}{duty:档案管理}"'));
    expect(t.paragraphs[0]!.tokens.map((tk) => tk.kind)).toEqual([
      'text',
      'field',
      'blank',
      'status',
      'duty',
    ]);
  });

  it.each([
    ['  - text: "{nmae}"', /unknown placeholder/],
    ['  - text: "{status:在岗}"', /not one of 在职、退休、离职/],
    ['  - text: "{duty:审计}"', /nine duty types/],
    ['  - text: "{blank:0}"', /whole number/],
    ['  - text: "兹有{name"', /unbalanced brace/],
    ['  - { style: heading, text: x }', /no style "heading"/],
    ['  - { text: x, size: 12 }', /paragraphs\.0/],
  ])('rejects %s', (paragraph, message) => {
    expect(() => parseTemplate(minimal(paragraph))).toThrow(message);
  });
});
