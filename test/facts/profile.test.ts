import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/facts/profile.js';

const parse = (text: string | Uint8Array) =>
  parseProfile('profile.yaml', typeof text === 'string' ? new TextEncoder().encode(text) : text);

describe('parseProfile', () => {
  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    const p = parse('basic:\n  birth_date: 1987-03-17\n');
    expect(p.status).toBe('ok');
    if (p.status !== 'ok') return;
    expect(p.data.basic?.birth_date).toBe('1987-03-17');
  });

  it('reports a syntax error with line and column', () => {
    const p = parse('scope: 1\nbasic:\n  name: "张三\n  phone: x\n');
    expect(p.status).toBe('unusable');
    if (p.status !== 'unusable') return;
    expect(p.problems[0]).toMatchObject({ kind: 'parse', messageId: 'syntax' });
    expect(p.problems[0]!.kind === 'parse' && p.problems[0]!.position?.line).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('reports a duplicate key', () => {
    const p = parse('scope: 1\nscope: 2\n');
    expect(p.status === 'unusable' && p.problems[0]).toMatchObject({
      messageId: 'duplicate-key',
      position: { line: 2, column: 1 },
    });
  });

  it('stops an alias bomb instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const p = parse(lines.join('\n') + '\n');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(p.status === 'unusable' && p.problems[0]).toMatchObject({ messageId: 'alias' });
  });

  it('rejects non-UTF-8 text, UTF-16, an empty file and a list at the top', () => {
    expect(
      parse(new Uint8Array([0x73, 0x63, 0x3a, 0x20, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a])),
    ).toMatchObject({
      status: 'unusable',
      problems: [{ messageId: 'encoding' }],
    });
    expect(parse(new Uint8Array([0xff, 0xfe, 0x73, 0x00]))).toMatchObject({
      problems: [{ messageId: 'encoding' }],
    });
    expect(parse('  \n')).toMatchObject({ problems: [{ messageId: 'empty' }] });
    expect(parse('- scope: 1\n')).toMatchObject({
      problems: [{ messageId: 'not-a-map', position: { line: 1, column: 1 } }],
    });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('scope: 1\n')]);
    const p = parse(bom);
    expect(p.status === 'ok' && p.data.scope).toBe(1);
  });

  it('suggests the nearest known key for an unknown one', () => {
    const p = parse('basic:\n  emial: a@b.cn\n');
    expect(p.status === 'ok' && p.problems).toEqual([
      { kind: 'unknown-key', path: 'basic.emial', suggestion: 'email' },
    ]);
  });

  it('says to quote an 18-digit number, showing what was typed', () => {
    const p = parse('basic:\n  id_number: 530102198703173716\n');
    expect(p.status === 'ok' && p.problems[0]).toMatchObject({
      kind: 'invalid-value',
      messageId: 'quote-number',
      path: 'basic.id_number',
      args: { value: '530102198703173716', quoted: '"530102198703173716"' },
    });
  });

  it('removes invalid values so that rules see only valid ones, keeping list indexes', () => {
    const p = parse('work:\n  - employer: 123\n  - employer: 乙公司\n    duties: [出纳, 7]\n');
    expect(p.status).toBe('ok');
    if (p.status !== 'ok') return;
    expect(p.data.work?.[0]?.employer).toBeUndefined();
    expect(p.data.work?.[1]).toMatchObject({ employer: '乙公司', duties: ['出纳'] });
    expect([...p.invalidPaths].sort()).toEqual(['work[0].employer', 'work[1].duties[1]']);
  });

  it('normalises aliases to the canonical spelling and records it', () => {
    const p = parse(
      'basic:\n  id_type: 身份证\n  ethnicity: 汉\neducation:\n  - level: 本科\nwork:\n  - duties: 出纳、报表编制\n',
    );
    expect(p.status).toBe('ok');
    if (p.status !== 'ok') return;
    expect(p.data.basic).toMatchObject({ id_type: '内地居民身份证', ethnicity: '汉族' });
    expect(p.data.education?.[0]?.level).toBe('大学本科');
    expect(p.data.work?.[0]?.duties).toEqual(['出纳', '财务会计报告（决算报告）编制']);
    expect(p.normalisations.map((n) => n.path)).toContain('basic.id_type');
  });

  it('lists the allowed values for a value outside the list', () => {
    const p = parse('basic:\n  gender: M\n');
    expect(p.status === 'ok' && p.problems[0]).toMatchObject({
      messageId: 'not-allowed',
      args: { value: 'M', allowed: '男、女' },
    });
  });

  it('flags dates that are not calendar dates, and words', () => {
    const p = parse('basic:\n  birth_date: 2023-02-30\nwork:\n  - start: 去年\n    end: 至今\n');
    expect(p.status === 'ok' && p.problems.map((x) => x.kind === 'invalid-date' && x.path)).toEqual(
      ['basic.birth_date', 'work[0].start'],
    );
  });

  it('locates fields, and the nearest parent of a missing one', () => {
    const p = parse(
      'scope: 1\nbasic:\n  name: 张三\nwork:\n  - employer: 甲\n    start: 2020-01-01\n',
    );
    expect(p.status).toBe('ok');
    if (p.status !== 'ok') return;
    expect(p.locate('basic.name')).toEqual({ line: 3, column: 3 });
    expect(p.locate('work[0].start')).toEqual({ line: 6, column: 5 });
    expect(p.locate('basic.phone')).toEqual({ line: 2, column: 1 });
    expect(p.locate('work[3].start')).toEqual({ line: 4, column: 1 });
  });
});

describe('parseProfile with keys that every object inherits', () => {
  const KEYS = [
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
    '__proto__',
  ];
  it.each(KEYS)('reports %s as an unknown key, at the top and nested, with its position', (key) => {
    const p = parse(
      `scope: 1\n${key}: 1\nbasic:\n  name: 张三\n  ${key}: { a: 1 }\n` +
        `  id_card:\n    ${key}: x.jpg\nwork:\n  - employer: 甲\n    ${key}: [1]\n`,
    );
    expect(p.status).toBe('ok');
    if (p.status !== 'ok') return;
    const paths = [key, `basic.${key}`, `basic.id_card.${key}`, `work[0].${key}`];
    expect(
      p.problems
        .filter((x) => x.kind === 'unknown-key')
        .map((x) => x.path)
        .sort(),
    ).toEqual([...paths].sort());
    expect(paths.map((x) => p.locate(x))).toEqual([
      { line: 2, column: 1 },
      { line: 5, column: 3 },
      { line: 7, column: 5 },
      { line: 10, column: 5 },
    ]);
    expect(p.data.basic).toEqual({ name: '张三', id_card: {} });
    expect(Object.getPrototypeOf(p.data.basic)).toBe(Object.prototype);
    expect(p.data.work).toEqual([{ employer: '甲' }]);
  });
});
