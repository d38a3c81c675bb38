import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/report/junit.js';
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

interface XmlElement {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: (XmlElement | string)[];
}

/**
 * A strict parser for the XML 1.0 subset a JUnit report uses (declaration, elements, attributes,
 * character data, entity and character references, comments): throws on anything not well-formed.
 */
function parseXml(src: string): XmlElement {
  for (const ch of src) {
    const c = ch.codePointAt(0)!;
    const ok =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      (c >= 0x10000 && c <= 0x10ffff);
    if (!ok) throw new Error(`character U+${c.toString(16)} is not allowed in XML`);
  }
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${pos}: ${JSON.stringify(src.slice(pos, pos + 30))}`);
  };
  const eat = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = pos;
    const m = re.exec(src);
    if (m) pos += m[0].length;
    return m;
  };
  const NAME = '[A-Za-z_:][A-Za-z0-9_.:-]*';
  const decode = (s: string): string =>
    s.replace(/&([^;]*);|&/g, (whole, ref: string | undefined) => {
      if (ref === undefined) fail(`bare & in ${JSON.stringify(s)}`);
      const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
      if (named[ref!] !== undefined) return named[ref!]!;
      const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref!);
      if (!m) return fail(`unknown reference ${whole}`);
      const c = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
      if (!(
        c === 9 ||
        c === 10 ||
        c === 13 ||
        (c >= 0x20 && c <= 0xd7ff) ||
        (c >= 0xe000 && c <= 0xfffd) ||
        (c >= 0x10000 && c <= 0x10ffff)
      ))
        fail(`reference to a forbidden character ${whole}`);
      return String.fromCodePoint(c);
    });
  const misc = () => {
    while (eat(/\s+/y) || eat(/<!--(?:(?!--)[\s\S])*-->/y));
  };
  const element = (): XmlElement => {
    const open = eat(new RegExp(`<(${NAME})`, 'y')) ?? fail('expected an element');
    const el: XmlElement = { name: open[1]!, attrs: {}, children: [] };
    for (;;) {
      const attr = eat(new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^<"]*)"|'([^<']*)')`, 'y'));
      if (!attr) break;
      if (attr[1]! in el.attrs) fail(`duplicate attribute ${attr[1]}`);
      el.attrs[attr[1]!] = decode(attr[2] ?? attr[3]!);
    }
    eat(/\s+/y);
    if (eat(/\/>/y)) return el;
    if (!eat(/>/y)) fail('expected > or />');
    for (;;) {
      const text = eat(/[^<]+/y);
      if (text) {
        if (text[0].includes(']]>')) fail(']]> in character data');
        el.children.push(decode(text[0]));
        continue;
      }
      if (eat(/<!--(?:(?!--)[\s\S])*-->/y)) continue;
      if (eat(/<!\[CDATA\[([\s\S]*?)\]\]>/y)) continue;
      const close = eat(new RegExp(`</(${NAME})\\s*>`, 'y'));
      if (close) {
        if (close[1] !== el.name) fail(`</${close[1]}> closes <${el.name}>`);
        return el;
      }
      if (pos >= src.length) fail(`<${el.name}> is never closed`);
      el.children.push(element());
    }
  };
  eat(
    /<\?xml\s+version="1\.0"(?:\s+encoding="[A-Za-z][A-Za-z0-9._-]*")?(?:\s+standalone="(?:yes|no)")?\s*\?>/y,
  );
  misc();
  const root = element();
  misc();
  if (pos !== src.length) fail('content after the root element');
  return root;
}

const elements = (el: XmlElement, name: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
const textOf = (el: XmlElement | undefined): string =>
  (el?.children ?? []).map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

function suiteOf(xml: string): XmlElement {
  const root = parseXml(xml);
  expect(root.name).toBe('testsuites');
  const suites = elements(root, 'testsuite');
  expect(suites).toHaveLength(1);
  for (const key of ['tests', 'failures', 'errors', 'skipped'])
    expect(root.attrs[key], key).toBe(suites[0]!.attrs[key]);
  return suites[0]!;
}

function testcase(suite: XmlElement, rule: string): XmlElement {
  const found = elements(suite, 'testcase').filter(
    (c) => c.attrs['name'] === rule || c.attrs['name']!.startsWith(`${rule} `),
  );
  expect(found, rule).toHaveLength(1);
  return found[0]!;
}

describe('the well-formedness check itself', () => {
  it('rejects what is not XML', () => {
    for (const bad of [
      '<a><b></a></b>',
      '<a x="1" x="2"/>',
      '<a>&nbsp;</a>',
      '<a>a & b</a>',
      '<a>\u0001</a>',
      '<a x="<"/>',
      '<a/><b/>',
      '<a>]]></a>',
      '<a>&#1;</a>',
      '<a>\ud800</a>',
    ])
      expect(() => parseXml(bad), bad).toThrow();
    expect(
      parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="&lt;&#10;">t&amp;<b/></a>\n'),
    ).toEqual({
      name: 'a',
      attrs: { x: '<\n' },
      children: ['t&', { name: 'b', attrs: {}, children: [] }],
    });
  });
});

describe('renderJunit', () => {
  it('has one testsuite named after the target: the verdict, then one testcase per finding (issue 14 item 20)', () => {
    const result = makeResult();
    const suite = suiteOf(renderJunit(result, options()));
    expect(suite.attrs['name']).toBe('ausm-check: examples/accountant');
    const cases = elements(suite, 'testcase').map((c) => [c.attrs['classname'], c.attrs['name']]);
    expect(cases).toEqual([
      ['examples/accountant', '结论'],
      ['materials', 'material/missing basic.photo'],
      ['profile', 'profile/required basic.name'],
      ['scope', 'scope/doctorate scope'],
      ['profile', 'profile/invalid-value basic.id_type'],
    ]);
  });

  it('counts tests, failures, errors and skipped correctly', () => {
    const suite = suiteOf(renderJunit(makeResult(), options()));
    expect(suite.attrs).toMatchObject({ tests: '5', failures: '4', errors: '0', skipped: '0' });
    const failing = elements(suite, 'testcase').filter((c) => elements(c, 'failure').length > 0);
    expect(failing.map((c) => c.attrs['name'])).toEqual([
      '结论',
      'material/missing basic.photo',
      'profile/required basic.name',
      'scope/doctorate scope',
    ]);
    expect(elements(failing[0]!, 'failure')[0]!.attrs['message']).toBe(
      '尚不可提交：3 个错误，1 个警告',
    );
  });

  it('gives each error its own failing testcase: message, field, line:column', () => {
    const second = finding({ field: 'basic.gender', line: 6, column: 3 });
    const suite = suiteOf(renderJunit(makeResult({ findings: [finding(), second] }), options()));
    const failure = elements(testcase(suite, 'profile/required basic.gender'), 'failure');
    expect(failure).toHaveLength(1);
    expect(failure[0]!.attrs['message']).toBe(
      '缺少必填项 (基本信息 › 性别 [basic.gender] profile.yaml:6:3)',
    );
    expect(textOf(elements(testcase(suite, 'profile/required basic.name'), 'failure')[0])).toBe(
      [
        '✗ 错误 [profile/required] 基本信息 › 姓名 [basic.name] profile.yaml:4:3',
        '  缺少必填项',
        '  → 补充该项，或运行 `ausm-check fill` 按提示填写',
      ].join('\n'),
    );
  });

  it('names the file of a finding about a file', () => {
    const empty = finding({
      rule: 'file/empty',
      section: 'materials',
      field: undefined,
      line: undefined,
      file: '证件照.jpg',
      args: { file: '证件照.jpg' },
    });
    const suite = suiteOf(renderJunit(makeResult({ findings: [empty] }), options()));
    expect(elements(testcase(suite, 'file/empty'), 'failure')[0]!.attrs['message']).toBe(
      '证件照.jpg 是空文件（0 字节） (证件照.jpg)',
    );
  });

  it('gives a syntax error in the profile as file:line:column', () => {
    const syntax = finding({
      rule: 'profile/parse',
      section: 'profile',
      messageId: 'syntax',
      field: undefined,
      file: 'profile.yaml',
      line: 6,
      column: 12,
      args: {
        file: 'profile.yaml',
        line: 6,
        column: 12,
        detail: 'Missing closing "quote',
        excerpt: { term: 'yaml-excerpt', key: 'none' },
      },
    });
    const suite = suiteOf(renderJunit(makeResult({ findings: [syntax] }), options({ lang: 'en' })));
    expect(elements(testcase(suite, 'profile/parse'), 'failure')[0]!.attrs['message']).toBe(
      'profile.yaml has a YAML syntax error at line 6, column 12: Missing closing "quote (profile.yaml:6:12)',
    );
  });

  it('puts warnings and info in system-out, not in failures', () => {
    const suite = suiteOf(
      renderJunit(makeResult({ findings: [BAD_ID_VALUE, UNUSED_IMAGE] }), options()),
    );
    expect(suite.attrs).toMatchObject({ failures: '0', errors: '0' });
    const invalid = testcase(suite, 'profile/invalid-value');
    expect(elements(invalid, 'failure')).toEqual([]);
    expect(textOf(elements(invalid, 'system-out')[0])).toContain(
      `! 警告 [profile/invalid-value] 基本信息 › 有效身份证件类型 [basic.id_type] profile.yaml:5:12\n  “${MASKED_ID}” 不是允许的选项`,
    );
    expect(textOf(elements(testcase(suite, 'material/unused'), 'system-out')[0])).toContain(
      'i 提示 [material/unused] extra.jpg',
    );
  });

  it('does not fail a testcase for a waived error', () => {
    const waived = finding({ waived: '姓名含生僻字' });
    const suite = suiteOf(renderJunit(makeResult({ findings: [waived] }), options()));
    expect(suite.attrs['failures']).toBe('0');
    const c = testcase(suite, 'profile/required');
    expect(elements(c, 'failure')).toEqual([]);
    expect(textOf(elements(c, 'system-out')[0])).toContain('已豁免：姓名含生僻字');
  });

  it('reports a rule that threw as an error of that rule’s testcase', () => {
    const suite = suiteOf(renderJunit(makeResult({ findings: [HOSTILE] }), options()));
    // The checker failed, not the folder: an <error> (and the verdict fails: not ready).
    expect(suite.attrs).toMatchObject({ tests: '2', failures: '1', errors: '1' });
    const error = elements(testcase(suite, 'profile/parse'), 'error');
    expect(error).toHaveLength(1);
    expect(error[0]!.attrs['type']).toBe('internal/rule-error');
    expect(error[0]!.attrs['message']).toBe(
      // Control characters, the newline included, show as escapes (issue 13 item 18).
      '规则 profile/parse 运行出错：<script>alert("x")</script> a|b\\nsecond line & more \\x01\\x07 ]]> `tick`',
    );
  });

  it('lists no testcase for a rule that ran and found nothing', () => {
    const suite = suiteOf(
      renderJunit(
        makeResult({
          rulesRun: ['scope/doctorate', 'material/missing'],
          findings: [PHOTO_MISSING],
        }),
        options(),
      ),
    );
    expect(elements(suite, 'testcase').map((c) => c.attrs['name'])).toEqual([
      '结论',
      'material/missing basic.photo',
    ]);
    expect(suite.attrs).toMatchObject({ tests: '2', failures: '2' });
  });

  it('stays well-formed with markup, quotes, control characters and broken surrogates', () => {
    const nasty = finding({
      rule: 'material/unused',
      severity: 'warning',
      section: 'materials',
      field: undefined,
      line: undefined,
      file: 'a"b\'<c>&\u0000\u001f\ud800\ufffe.jpg',
      args: { file: 'a"b\'<c>&\u0000\u001f\ud800\ufffe.jpg' },
    });
    const error = {
      ...nasty,
      severity: 'error' as const,
      rule: 'file/empty',
      args: { file: ']]>\r\n\t' },
    };
    const xml = renderJunit(
      makeResult({ target: '<x & "y">', findings: [HOSTILE, nasty, error] }),
      options(),
    );
    const suite = suiteOf(xml);
    expect(suite.attrs['name']).toBe('ausm-check: <x & "y">');
    expect(textOf(elements(testcase(suite, 'material/unused'), 'system-out')[0])).toContain(
      'a"b\'<c>&\\x00\\x1f\ufffd\ufffd.jpg',
    );
    expect(elements(testcase(suite, 'file/empty'), 'failure')[0]!.attrs['message']).toContain(
      ']]>\\r\\n\\t 是空文件',
    );
  });

  it('masks the person and PII unless showPii', () => {
    const xml = renderJunit(makeResult(), options());
    expect(xml).not.toContain(ID_NUMBER);
    const props = (x: string) =>
      Object.fromEntries(
        elements(elements(suiteOf(x), 'properties')[0]!, 'property').map((p) => [
          p.attrs['name'],
          p.attrs['value'],
        ]),
      );
    expect(props(xml)).toEqual({
      version: '0.1.0',
      target: 'examples/accountant',
      today: '2026-11-26',
      scope: '4',
      ready: 'false',
      'person.name': '张**',
      'person.id_number': MASKED_ID,
    });
    const full = renderJunit(makeResult(), options({ showPii: true }));
    expect(props(full)['person.id_number']).toBe(ID_NUMBER);
    expect(full).toContain(`“${ID_NUMBER}” 不是允许的选项`);
  });

  it('writes English with --lang en', () => {
    const suite = suiteOf(
      renderJunit(makeResult({ findings: [NO_DOCTORATE] }), options({ lang: 'en' })),
    );
    expect(elements(testcase(suite, 'scope/doctorate'), 'failure')[0]!.attrs['message']).toBe(
      'Scope 4 needs a doctorate, but no education entry has degree 博士 (Collection scope [scope] profile.yaml:1:1)',
    );
    const out = textOf(elements(suite, 'system-out').at(-1));
    expect(out.split('\n')[0]).toBe('Not ready: 1 error, 0 warnings');
    expect(out).toContain('  [ ] No hat');
  });

  it('gives the verdict, materials and checklist in the suite’s output', () => {
    const suite = suiteOf(renderJunit(makeResult(), options()));
    const out = textOf(elements(suite, 'system-out').at(-1));
    expect(out.split('\n').slice(0, 2)).toEqual([
      '尚不可提交：3 个错误，1 个警告',
      '错误 3 · 警告 1 · 提示 0',
    ]);
    expect(out).toContain('  缺少 · 标准证件照 [basic.photo] · 必需');
    expect(out).toContain(
      '  不合格 · 会计工作（经历）证明 [work[0].proof] · 必需 · 证明1.jpg, 证明2.jpg',
    );
    expect(out).toContain('  [ ] 刘海未遮眉');
  });

  it('gives a ready folder one passing testcase, its verdict', () => {
    const suite = suiteOf(renderJunit(makeResult({ findings: [] }), options()));
    expect(suite.attrs).toMatchObject({ tests: '1', failures: '0', errors: '0', skipped: '0' });
    for (const c of elements(suite, 'testcase')) expect(c.children).toEqual([]);
  });

  it('leaves warnings out with --quiet', () => {
    const suite = suiteOf(renderJunit(makeResult(), options({ quiet: true })));
    expect(
      elements(suite, 'testcase').filter((c) =>
        c.attrs['name']!.startsWith('profile/invalid-value'),
      ),
    ).toEqual([]);
    expect(suite.attrs['tests']).toBe('4');
  });

  it('is deterministic', () => {
    expect(renderJunit(makeResult(), options())).toBe(renderJunit(makeResult(), options()));
  });
});
