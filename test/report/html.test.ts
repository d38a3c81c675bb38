import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import {
  BAD_ID_VALUE,
  HOSTILE,
  ID_NUMBER,
  MASKED_ID,
  NO_DOCTORATE,
  UNUSED_IMAGE,
  finding,
  makeResult,
  options,
} from './fixtures.js';

const VOID = new Set(['meta', 'input', 'br', 'link', 'img', 'hr']);

/** Every tag closed in order: text that leaked unescaped would show up as a stray tag. */
function assertBalanced(html: string): void {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g)) {
    const [, closing, name] = m;
    const tag = name!.toLowerCase();
    if (VOID.has(tag)) continue;
    if (!closing) stack.push(tag);
    else expect(stack.pop(), `</${tag}> at ${m.index}`).toBe(tag);
  }
  expect(stack).toEqual([]);
}

/** The text of the page with tags removed and the five entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) =>
      e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === '#39' ? "'" : '&',
    );
}

describe('renderHtml', () => {
  it('is one self-contained page: inline CSS, no script, nothing fetched', () => {
    const html = renderHtml(
      makeResult({ findings: [...makeResult().findings, HOSTILE] }),
      options(),
    );
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[\s\S]+@media print[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import|https?:/i);
    assertBalanced(html);
  });

  it('sets the page language from --lang', () => {
    const html = renderHtml(makeResult(), options({ lang: 'en' }));
    expect(html).toContain('<html lang="en">');
    expect(textOf(html)).toContain('✗ Not ready: 3 errors, 1 warning');
    expect(textOf(html)).toContain('Basic information › Name');
  });

  it('escapes every interpolated string', () => {
    const html = renderHtml(
      makeResult({
        target: '<b>"hr"</b> & co',
        findings: [HOSTILE, finding({ waived: '<i>ok</i>' })],
        person: { name: '<img src=x>' },
      }),
      options({ showPii: true }),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain(
      '<title>ausm-check 检查报告：&lt;b&gt;&quot;hr&quot;&lt;/b&gt; &amp; co</title>',
    );
    expect(html).toContain('已豁免：&lt;i&gt;ok&lt;/i&gt;');
    expect(html).not.toContain('\u0001');
    expect(html).not.toContain('\u0007');
    assertBalanced(html);
  });

  it('masks the person and PII in messages unless showPii', () => {
    const masked = textOf(renderHtml(makeResult(), options()));
    expect(masked).toContain('姓名张**');
    expect(masked).toContain(`有效身份证件号码${MASKED_ID}`);
    expect(masked).toContain(`“${MASKED_ID}” 不是允许的选项`);
    expect(masked).not.toContain(ID_NUMBER);
    expect(masked).not.toContain('张三丰');

    const full = textOf(renderHtml(makeResult(), options({ showPii: true })));
    expect(full).toContain('姓名张三丰');
    expect(full).toContain(`“${ID_NUMBER}” 不是允许的选项`);
  });

  it('shows the same content as the Markdown report', () => {
    const html = renderHtml(
      makeResult({
        findings: [NO_DOCTORATE, finding(), BAD_ID_VALUE, { ...UNUSED_IMAGE, waived: '备用照片' }],
      }),
      options(),
    );
    const text = textOf(html);
    expect(text).toContain('ausm-check 检查报告：examples/accountant');
    expect(text).toContain('✗ 尚不可提交：2 个错误，1 个警告');
    expect(text).toContain('错误 2 · 警告 1 · 提示 0');
    const sections = [...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1]);
    expect(sections).toEqual(['采集范围', '基本信息', '材料文件']);
    expect(html).toContain(
      '<tr class="error"><td class="sev">✗ 错误</td><td><span class="field-label">基本信息 › 姓名</span> <code>basic.name</code> <span class="pos">4:3</span></td>',
    );
    expect(html).toContain('<td class="sev">i 提示 · 已豁免</td><td><code>extra.jpg</code></td>');
    expect(text).toContain('已豁免：备用照片');
    expect(html).toContain('运行 <code>ausm-check fill</code> 按提示填写');
    expect(html).toContain('<td class="status-missing">缺少</td>');
    expect(html).toContain('<td><code>证明1.jpg</code><br><code>证明2.jpg</code></td>');
    expect(text).toContain('无需提供');
    for (const label of [
      '刘海未遮眉',
      '未戴眼镜',
      '未戴帽子',
      '正面免冠',
      '未过度美颜',
      '已加盖单位公章或人事部门章',
    ])
      expect(html).toMatch(
        new RegExp(
          `<input type="checkbox" id="check-\\d+"><label for="check-\\d+">${label}</label>`,
        ),
      );
    expect(text).toContain('由 ausm-check 0.1.0 生成，检查日期 2026-11-26');
  });

  it('shows only errors with --quiet and says when there is nothing', () => {
    expect(renderHtml(makeResult(), options({ quiet: true }))).not.toContain(
      'basic.id_type</code> <span',
    );
    const empty = renderHtml(makeResult({ findings: [], materials: [], checklist: [] }), options());
    expect(textOf(empty)).toContain('没有发现问题。');
    expect(empty).not.toContain('class="checklist"');
    assertBalanced(empty);
  });

  it('is deterministic', () => {
    expect(renderHtml(makeResult(), options())).toBe(renderHtml(makeResult(), options()));
  });
});
