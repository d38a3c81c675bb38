import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseProfile } from '../../src/facts/profile.js';
import type { Profile } from '../../src/profile/schema.js';
import { renderDocx } from '../../src/template/docx.js';
import { fillTemplate } from '../../src/template/fill.js';
import { loadTemplate } from '../../src/template/template-file.js';
import { documentXml, paragraphTexts, readZip } from '../helpers-zip.js';
import { PROFILE, TODAY, TWO_JOBS } from './fixtures.js';
import { xmlProblems } from './xml-check.js';

const GOLDEN = new URL('./__golden__/document.xml', import.meta.url);

function profileOf(text: string): Profile {
  const facts = parseProfile('profile.yaml', new TextEncoder().encode(text));
  if (facts.status !== 'ok') throw new Error('fixture profile does not parse');
  return facts.data;
}

async function render(text: string, index = 0, date = TODAY): Promise<Uint8Array> {
  const template = await loadTemplate();
  return renderDocx(fillTemplate(template, profileOf(text), index), template, { date });
}

/** The runs of a paragraph with their properties, to tell values, blanks and boxes apart. */
function runs(xml: string): { text: string; underline: boolean; font: string }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => ({
    text: /<w:t[^>]*>([^<]*)<\/w:t>/.exec(m[1]!)?.[1] ?? '',
    underline: m[1]!.includes('<w:u w:val="single"/>'),
    font: /w:eastAsia="([^"]*)"/.exec(m[1]!)?.[1] ?? '',
  }));
}

/** One paragraph a line, so that a golden-file diff points at the paragraph that changed. */
const readable = (xml: string): string => xml.replace(/(<w:p>|<w:p |<w:sectPr)/g, '\n$1');

afterEach(() => {
  vi.useRealTimers();
});

describe('renderDocx', () => {
  it('writes the appendix text with the profile’s values', async () => {
    const texts = paragraphTexts(documentXml(await render(PROFILE)));
    expect(texts[0]).toBe('附件');
    expect(texts[1]).toBe('会计工作(经历)证明');
    expect(texts[2]).toBe(
      '兹有 张三  (身份证号:  530102198703173716 ) 系我单位 (☑\u00a0在职、☐\u00a0退休、☐\u00a0离职) 正式职工, 于 2009 年 8 月 1 日至今在我单位从事会计工作。从事的会计工作类型如下:',
    );
    expect(texts.slice(3, 12)).toEqual([
      '☑\u00a0出纳',
      '☐\u00a0稽核',
      '☐\u00a0资产、负债和所有者权益(净资产)的核算',
      '☐\u00a0收入、费用(支出)的核算',
      '☐\u00a0财务成果(政府预算执行结果)的核算',
      '☐\u00a0财务会计报告(决算报告)编制',
      '☑\u00a0会计监督',
      '☐\u00a0会计机构内会计档案管理',
      '☐\u00a0其他会计工作',
    ]);
    expect(texts.slice(12)).toEqual([
      '单位名称:  昆明韬达人力资源有限公司 ',
      '社会统一信用代码:  91530102MA6P4Q7K12 ',
      '特此证明。',
      '单位(盖章):',
      '年　　月　　日',
      '(单位联系人及联系电话:  李四   0871-12345678 )',
    ]);
  });

  it('sets 宋体 as the East Asian font and Times New Roman for Latin on every text run', async () => {
    const xml = documentXml(await render(PROFILE));
    expect(xml).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/>',
    );
    const all = runs(xml);
    const boxes = all.filter((r) => r.text === '☑' || r.text === '☐');
    expect(boxes).toHaveLength(12);
    expect(boxes.every((r) => r.font === 'Segoe UI Symbol')).toBe(true);
    expect(all.filter((r) => !boxes.includes(r)).every((r) => r.font === '宋体')).toBe(true);
  });

  it('is A4 portrait with margins of about 2.5 cm, a bold 18 pt title and 12 pt body at 1.5 lines', async () => {
    const xml = documentXml(await render(PROFILE));
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/);
    expect(xml).toMatch(/<w:b\/><w:bCs\/><w:sz w:val="36"\/>.*会计工作\(经历\)证明/);
    expect(xml).toMatch(/<w:spacing [^>]*w:line="360" w:lineRule="auto"/);
    expect(xml).toMatch(/<w:sz w:val="24"\/>.*兹有/);
  });

  it('ticks exactly the boxes of the entry’s status and duties', async () => {
    const texts = paragraphTexts(documentXml(await render(TWO_JOBS, 1)));
    expect(texts[2]).toContain('(☐\u00a0在职、☐\u00a0退休、☑\u00a0离职)');
    expect(texts.slice(3, 12).every((t) => t.startsWith('☐'))).toBe(true);
  });

  it('leaves underlined lines for missing fields', async () => {
    const xml = documentXml(await render(TWO_JOBS, 1));
    const contact = xml.split('<w:p>').find((p) => p.includes('单位联系人'))!;
    const blanks = runs(contact).filter((r) => /^\u3000+\u00a0$/.test(r.text));
    expect(blanks.map((r) => [r.text.length, r.underline])).toEqual([
      [6, true],
      [9, true],
    ]);
    // The day of `2009-07` is a line too: 年 and 月 are printed, the day is written by hand.
    expect(paragraphTexts(xml)[2]).toContain(' 2009 年 7 月\u3000\u3000\u00a0日在我单位');
    expect(xml).not.toMatch(/undefined|NaN/);
    // Trailing blanks keep their underline in Word.
    expect(
      readZip(await render(TWO_JOBS, 1))
        .get('word/settings.xml')!
        .toString(),
    ).toContain('<w:ulTrailSpace/>');
  });

  it('embeds no font and gives the same bytes at any time of day', async () => {
    vi.useFakeTimers({ now: new Date('2030-05-05T13:14:15Z'), toFake: ['Date'] });
    const first = await render(PROFILE);
    vi.setSystemTime(new Date('2031-01-02T03:04:05Z'));
    const second = await render(PROFILE);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const files = readZip(first);
    expect([...files.keys()].some((n) => /fonts\/|\.odttf$|\.ttf$/.test(n))).toBe(false);
    expect(files.get('docProps/core.xml')!.toString()).toContain(
      `<dcterms:created xsi:type="dcterms:W3CDTF">${TODAY}T00:00:00Z</dcterms:created>`,
    );
  });

  // UPDATE_GOLDEN=1 npx vitest run test/template  rewrites the golden file after an intended change.
  it('matches the golden document.xml', async () => {
    const actual = readable(documentXml(await render(PROFILE)));
    if (process.env['UPDATE_GOLDEN'] === '1') await writeFile(GOLDEN, actual);
    expect(actual).toBe(await readFile(GOLDEN, 'utf8'));
  });
});

describe('renderDocx with characters XML 1.0 does not allow', () => {
  it('writes well-formed XML whatever the name and employer hold', async () => {
    const template = await loadTemplate();
    const base = profileOf(PROFILE);
    // U+FFFE/U+FFFF, C0 controls other than tab/newline/CR, a lone surrogate (issue 13, item 13).
    const profile = {
      ...base,
      basic: { ...base.basic, name: '张\uFFFE三\u0001' },
      work: [{ ...base.work![0]!, employer: '昆明\uFFFF韬达\u001b人力\uD800资源有限公司\u0000' }],
    } as Profile;
    const filled = fillTemplate(template, profile, 0);
    const zip = readZip(await renderDocx(filled, template, { date: TODAY }));
    for (const [name, bytes] of zip)
      if (name.endsWith('.xml') || name.endsWith('.rels'))
        expect(xmlProblems(bytes.toString('utf8')), name).toEqual([]);
    const texts = paragraphTexts(documentXml(await renderDocx(filled, template, { date: TODAY })));
    expect(texts.join('\n')).toContain('张三');
    expect(texts.join('\n')).toContain('昆明韬达人力资源有限公司');
  });

  it('finds the problems it is meant to find', () => {
    expect(xmlProblems('<a><b>x</b></a>')).toEqual([]);
    expect(xmlProblems('<a>\uFFFE</a>')).toHaveLength(1);
    expect(xmlProblems('<a>&#65534;</a>')).toHaveLength(1);
    expect(xmlProblems('<a>\uD800</a>')).toHaveLength(1);
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
  });
});
