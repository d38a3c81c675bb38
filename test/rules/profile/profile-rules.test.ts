import { describe, expect, it } from 'vitest';
import { PROFILE_RULES } from '../../../src/rules/profile/index.js';
import { fieldLabel, renderMessage } from '../../../src/messages/format.js';
import { check, codes } from '../../helpers.js';

const rule = (id: string) => [PROFILE_RULES.find((r) => r.id === id)!];

const COMPLETE = `scope: 3
department: 云南省/昆明市/五华区
basic:
  id_type: 内地居民身份证
  id_number: "530102198703173716"
  name: 张三
  gender: 男
  birth_date: 1987-03-17
  phone: "15912341535"
  political_status: 群众
  ethnicity: 汉族
  address: 昆明
education:
  - { mode: 全日制, school: 云南大学, start: 2005-09-01, end: 2009-07-01, level: 大学本科, degree: 学士, major: 会计学 }
`;

describe('profile/missing', () => {
  it('finds nothing when there is a profile', () => {
    expect(codes(check({ profile: COMPLETE }, rule('profile/missing')))).toEqual([]);
  });
  it('reports a folder without profile.yaml', () => {
    expect(codes(check({}, rule('profile/missing')))).toEqual([
      'profile/missing:default@profile.yaml',
    ]);
  });
});

describe('profile/parse', () => {
  it('finds nothing in valid YAML', () => {
    expect(codes(check({ profile: COMPLETE }, rule('profile/parse')))).toEqual([]);
  });
  it('reports a syntax error with its position', () => {
    const result = check({ profile: 'scope: 1\nbasic: [\n' }, rule('profile/parse'));
    expect(codes(result)).toEqual(['profile/parse:syntax@profile.yaml']);
    expect(result.findings[0]!.line).toBeGreaterThan(1);
  });
  // Issue 14 item 4: the parser's English stays in en; zh says what is wrong in Chinese.
  it.each([
    ['scope: 1\nbasic: [\n', /缺少|闭合/],
    ['scope: 1\nbasic:\n\tname: 张三\n', /制表符|Tab/],
    ['scope: "1\n', /引号/],
  ] as const)('words the YAML error of %j in Chinese', (profile, zhWords) => {
    const result = check({ profile }, rule('profile/parse'));
    const finding = result.findings[0]!;
    expect(finding.messageId).toBe('syntax');
    const zh = renderMessage(finding, { lang: 'zh', showPii: false }).message;
    const en = renderMessage(finding, { lang: 'en', showPii: false }).message;
    // Only the file name, the word YAML and the excerpt may hold Latin letters in zh.
    expect(zh.replace(/（该行：.*?）/, '').replace(/profile\.yaml|YAML|Tab/g, '')).not.toMatch(
      /[A-Za-z]{3,}/,
    );
    expect(zh).toMatch(zhWords);
    expect(zh).toMatch(/第 \d+ 行第 \d+ 列/);
    expect(en).toMatch(/YAML syntax error at line \d+, column \d+.*: [A-Z]/);
  });
});

describe('profile/unknown-key', () => {
  it('finds nothing when every key is known', () => {
    expect(codes(check({ profile: COMPLETE }, rule('profile/unknown-key')))).toEqual([]);
  });
  it('suggests the nearest key', () => {
    const result = check(
      { profile: 'scope: 3\nbasic:\n  emial: a@b.cn\n' },
      rule('profile/unknown-key'),
    );
    expect(codes(result)).toEqual(['profile/unknown-key:suggest@basic.emial']);
    expect(result.findings[0]!.args).toEqual({ key: 'emial', suggestion: 'email' });
  });
  it.each([
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
    '__proto__',
  ])('reports a key named %s, top and nested, with its position and words', (key) => {
    const result = check(
      { profile: `scope: 3\n${key}: 1\nbasic:\n  ${key}: x\nwork:\n  - ${key}: {}\n` },
      rule('profile/unknown-key'),
    );
    expect(codes(result)).toEqual([
      `profile/unknown-key:default@${key}`,
      `profile/unknown-key:default@basic.${key}`,
      `profile/unknown-key:default@work[0].${key}`,
    ]);
    expect(result.findings.map((f) => [f.line, f.column])).toEqual([
      [2, 1],
      [4, 3],
      [6, 5],
    ]);
    for (const f of result.findings)
      for (const lang of ['zh', 'en'] as const) {
        expect(renderMessage(f, { lang, showPii: false }).message).toContain(key);
        expect(fieldLabel(f.field!, lang)).toContain(key);
      }
  });
});

describe('profile/required', () => {
  it('finds nothing in a complete profile', () => {
    expect(codes(check({ profile: COMPLETE }, rule('profile/required')))).toEqual([]);
  });
  it('reports each missing starred field, not the invalid ones twice', () => {
    const result = check(
      { profile: 'scope: 3\nbasic:\n  name: 张三\n  gender: X\n' },
      rule('profile/required'),
    );
    const fields = result.findings.map((f) => f.field);
    expect(fields).toContain('department');
    expect(fields).toContain('basic.id_number');
    expect(fields).toContain('education');
    expect(fields).not.toContain('basic.name');
    expect(fields).not.toContain('basic.gender');
  });
});

describe('profile/invalid-value', () => {
  it('finds nothing when values are allowed', () => {
    expect(codes(check({ profile: COMPLETE }, rule('profile/invalid-value')))).toEqual([]);
  });
  it('reports a wrong type, a value outside the list and an unquoted number', () => {
    const result = check(
      { profile: 'scope: 7\nbasic:\n  name: [张, 三]\n  gender: 未知\n  phone: 15912341535\n' },
      rule('profile/invalid-value'),
    );
    expect(codes(result)).toEqual([
      'profile/invalid-value:type@scope',
      'profile/invalid-value:not-allowed@basic.gender',
      'profile/invalid-value:type@basic.name',
      'profile/invalid-value:quote-number@basic.phone',
    ]);
  });
});

describe('profile/invalid-date', () => {
  it('finds nothing with real dates, YYYY-MM and 至今', () => {
    const profile = 'basic:\n  birth_date: 1987-03\nwork:\n  - start: 2009-08-01\n    end: 至今\n';
    expect(codes(check({ profile }, rule('profile/invalid-date')))).toEqual([]);
  });
  it('reports a month 13 and a birth date in the future', () => {
    const profile = 'basic:\n  birth_date: 2030-01-01\nwork:\n  - start: 2023-13-01\n';
    expect(codes(check({ profile, today: '2026-11-26' }, rule('profile/invalid-date')))).toEqual([
      'profile/invalid-date:future@basic.birth_date',
      'profile/invalid-date:default@work[0].start',
    ]);
  });
});

describe('profile/unused-waiver', () => {
  it('finds nothing without waivers', () => {
    expect(codes(check({ profile: COMPLETE }, rule('profile/unused-waiver')))).toEqual([]);
  });
  it('reports a waiver that matches nothing', () => {
    const profile = `${COMPLETE}waivers:\n  - rule: work/uscc\n    field: work[0].uscc\n    reason: 早期代码\n`;
    expect(codes(check({ profile }, rule('profile/unused-waiver')))).toEqual([
      'profile/unused-waiver:default@waivers[0]',
    ]);
  });
});

describe('profile/parse quoting the bad line', () => {
  // As examples/fail-broken-yaml: the unclosed quote runs into the next line, where YAML stops.
  const broken = (line: string) =>
    `scope: 3\nbasic:\n${line}\n  id_number: "530102198703173716"\n  gender: 男\n`;
  const render = (profile: string, showPii: boolean) =>
    check({ profile }, rule('profile/parse')).findings.map(
      (f) => renderMessage(f, { lang: 'zh', showPii }).message,
    );
  it('masks a name and an ID number on that line unless --show-pii', () => {
    const name = render(broken('  name: "张三丰'), false).join('\n');
    expect(name).toContain('第 3 行');
    expect(name).toContain('（该行：');
    expect(name).not.toContain('张三丰');
    expect(name).toContain('张**');
    const id = render(broken('  phone: "15912341535'), false).join('\n');
    expect(id).not.toContain('15912341535');
    expect(id).toContain('159*****1535');
    expect(render(broken('  name: "张三丰'), true).join('\n')).toContain('张三丰');
  });
});
