import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/format.js';
import { IDENTITY_RULES } from '../../../src/rules/identity/index.js';
import { check } from '../../helpers.js';
import { type Editable, profileText, run } from '../data-profile.js';

const all = (change: Parameters<typeof run>[1]) => run(IDENTITY_RULES, change);
const setId =
  (id_number: string, extra: Record<string, unknown> = {}) =>
  (p: Editable) => {
    Object.assign(p.basic, { id_number, ...extra });
  };

describe('identity rules on a consistent profile', () => {
  it('find nothing', () => {
    expect(all(() => {})).toEqual([]);
  });
  it('find nothing for the public valid vectors, with matching birth date and gender', () => {
    expect(all(setId('11010519491231002X', { birth_date: '1949-12-31', gender: '女' }))).toEqual(
      [],
    );
    expect(all(setId('360426199101010071', { birth_date: '1991-01-01' }))).toEqual([]);
    expect(all(setId('44011320141005001x', { birth_date: '2014-10-05' }))).toEqual([
      // 12 years old on 2026-11-26: only the age warning.
      'identity/age:too-young@basic.birth_date',
    ]);
  });
  it('never crash on a value of the wrong kind', () => {
    const text = profileText((p) => {
      p.basic.id_number = Number('530102198703173716');
      p.basic.name = 12345;
      p.basic.birth_date = '去年';
    });
    const result = check({ profile: text }, IDENTITY_RULES);
    expect(result.findings.filter((f) => f.rule === 'internal/rule-error')).toEqual([]);
  });
});

describe('identity/format', () => {
  it('reports the length, characters, and a 15-digit number with its 18-digit form', () => {
    expect(all(setId('5301021987031737'))).toEqual([
      'identity/format:resident-length@basic.id_number',
    ]);
    expect(all(setId('53010219870317371O'))).toEqual([
      'identity/format:resident-characters@basic.id_number',
    ]);
    const fifteen = check({ profile: profileText(setId('110105491231002')) }, IDENTITY_RULES);
    expect(fifteen.findings.map((f) => [f.rule, f.messageId])).toEqual([
      ['identity/format', 'fifteen-digit'],
    ]);
    expect(fifteen.findings[0]!.args['upgraded']).toEqual({
      pii: 'id',
      value: '11010519491231002X',
    });
  });
  it('says when the number has the shape of another document type', () => {
    expect(all(setId('H12345678'))).toEqual(['identity/format:other-type@basic.id_number']);
    expect(all((p) => Object.assign(p.basic, { id_type: '港澳居民来往内地通行证' }))).toEqual([
      'identity/format:other-type@basic.id_number',
    ]);
  });
  it('checks the permits and passports by shape', () => {
    const as = (id_type: string, id_number: string) => (p: Editable) => {
      Object.assign(p.basic, { id_type, id_number });
    };
    expect(all(as('港澳居民来往内地通行证', 'H12345678'))).toEqual([]);
    expect(all(as('港澳居民来往内地通行证', 'K1234567'))).toEqual([
      'identity/format:hk-macao@basic.id_number',
    ]);
    expect(all(as('台湾居民来往大陆通行证', '12345678'))).toEqual([]);
    expect(all(as('台湾居民来往大陆通行证', '1234567'))).toEqual([
      'identity/format:taiwan@basic.id_number',
    ]);
    expect(all(as('护照（外国）', 'X1234567'))).toEqual([]);
    expect(all(as('护照（外国）', 'X12'))).toEqual(['identity/format:passport@basic.id_number']);
  });
  it('reports a 换证次数 tail as a warning with the number to use', () => {
    const result = check(
      {
        profile: profileText((p) =>
          Object.assign(p.basic, { id_type: '港澳居民来往内地通行证', id_number: 'H1234567801' }),
        ),
      },
      IDENTITY_RULES,
    );
    expect(result.findings.map((f) => [f.rule, f.messageId, f.severity])).toEqual([
      ['identity/format', 'issue-count', 'warning'],
    ]);
  });
  it('checks a resident-ID-shaped number when id_type is missing', () => {
    expect(
      all((p) => Object.assign(p.basic, { id_type: undefined, id_number: '110105194912310021' })),
    ).toEqual(['identity/checksum:default@basic.id_number']);
  });
});

describe('identity/checksum', () => {
  it('reports the public invalid vectors, and nothing else about them', () => {
    expect(all(setId('110105194912310021', { birth_date: '1949-12-31', gender: '女' }))).toEqual([
      'identity/checksum:default@basic.id_number',
    ]);
    // One problem, one finding: no gender or birth-date comparison on a failed check.
    expect(all(setId('36042619910102009X'))).toEqual(['identity/checksum:default@basic.id_number']);
    expect(all(setId('810000199408230023'))).toEqual(['identity/checksum:default@basic.id_number']);
  });
  it('gives the expected check character and masks the number', () => {
    const result = check({ profile: profileText(setId('110105194912310021')) }, IDENTITY_RULES);
    expect(result.findings[0]!.args).toMatchObject({
      id: { pii: 'id', value: '110105194912310021' },
      actual: '1',
      expected: 'X',
    });
  });
});

describe('identity/birth-date', () => {
  it('reports a birth date inside the number that is no date', () => {
    expect(all(setId('360426199113010079'))).toEqual([
      'identity/birth-date:invalid@basic.id_number',
    ]);
    expect(all(setId('11010119900230123X'))).toEqual([
      'identity/birth-date:invalid@basic.id_number',
    ]);
  });
  it('reports a date of birth that differs from the number', () => {
    expect(all((p) => (p.basic.birth_date = '1987-03-18'))).toEqual([
      'identity/birth-date:mismatch@basic.birth_date',
    ]);
  });
  it('compares by month when only the month is given', () => {
    expect(all((p) => (p.basic.birth_date = '1987-03'))).toEqual([]);
    expect(all((p) => (p.basic.birth_date = '1987-04'))).toEqual([
      'identity/birth-date:mismatch@basic.birth_date',
    ]);
  });
});

describe('identity/gender', () => {
  it('reports a gender that contradicts the 17th digit', () => {
    expect(all((p) => (p.basic.gender = '女'))).toEqual(['identity/gender:default@basic.gender']);
  });
  it('accepts the residence permit’s gender digit', () => {
    expect(all(setId('810000199408230021', { birth_date: '1994-08-23', gender: '女' }))).toEqual(
      [],
    );
  });
});

describe('identity/region', () => {
  const findings = (number: string, birth_date: string) =>
    check({ profile: profileText(setId(number, { birth_date })) }, IDENTITY_RULES).findings;

  it('accepts the code of a county abolished since the card was issued (潮阳县 440524)', () => {
    expect(all(setId('440524188001010014', { birth_date: '1880-01-01' }))).toEqual([
      'identity/age:too-old@basic.birth_date',
    ]);
    // hutool's vector: 兴化市 321083 is in the 1995 table only.
    expect(all(setId('321083197812162119', { birth_date: '1978-12-16' }))).toEqual([]);
  });
  it('warns about a code no table ever had, naming the nearest place that exists', () => {
    const f = findings('110201199312010077', '1993-12-01');
    expect(f.map((x) => `${x.rule}:${x.messageId}:${x.severity}`)).toEqual([
      'identity/region:unknown:warning',
    ]);
    const zh = renderMessage(f[0]!, { lang: 'zh', showPii: false }).message;
    expect(zh).toContain('110201');
    expect(zh).toContain('1102 是北京市（县）的代码');
    expect(zh).not.toContain('110201199312010077');
    expect(renderMessage(f[0]!, { lang: 'en', showPii: false }).message).toContain(
      'in no division table, current or of 1980–2019',
    );
  });
  it('is an error when the first two digits were never a province (python-stdnum’s 99…)', () => {
    const f = findings('990426199112010074', '1991-12-01');
    expect(f.map((x) => `${x.rule}:${x.messageId}:${x.severity}`)).toEqual([
      'identity/region:province:error',
    ]);
    const zh = renderMessage(f[0]!, { lang: 'zh', showPii: false }).message;
    expect(zh).toContain('前两位 99 不是省级行政区划代码');
    expect(zh).not.toContain('990426199112010074');
  });
  it('finds nothing for the residence permits’ codes', () => {
    expect(all(setId('830000199201300022', { birth_date: '1992-01-30', gender: '女' }))).toEqual(
      [],
    );
  });
});

describe('identity/prc-passport', () => {
  it('warns about a PRC passport number registered as a foreign passport', () => {
    expect(
      all((p) => Object.assign(p.basic, { id_type: '护照（外国）', id_number: 'E12345678' })),
    ).toEqual(['identity/prc-passport:default@basic.id_number']);
    expect(
      all((p) => Object.assign(p.basic, { id_type: '护照（外国）', id_number: 'P1234567' })),
    ).toEqual([]);
  });
});

describe('identity/age', () => {
  it('warns under 16 and over 100 on --today', () => {
    expect(
      codesToday(setId('44011320141005001X', { birth_date: '2014-10-05' }), '2026-11-26'),
    ).toEqual(['identity/age:too-young@basic.birth_date']);
    expect(
      codesToday(setId('440524188001010014', { birth_date: '1880-01-01' }), '2026-11-26'),
    ).toContain('identity/age:too-old@basic.birth_date');
    expect(codesToday(() => {}, '2026-11-26')).toEqual([]);
  });
});

function codesToday(change: (p: Editable) => void, today: string): string[] {
  return run(IDENTITY_RULES, change, { today });
}

describe('identity/name', () => {
  const name = (n: string, extra: Record<string, unknown> = {}) =>
    all((p) => Object.assign(p.basic, { name: n, ...extra }));
  it('finds nothing for a plain name and a minority name with ·', () => {
    expect(name('张三')).toEqual([]);
    expect(name('阿依古丽·买买提')).toEqual([]);
    expect(name('JOHN SMITH', { id_type: '护照（外国）', id_number: 'X1234567' })).toEqual([]);
  });
  it('reports digits, Latin letters and inner spaces', () => {
    expect(name('张三1')).toEqual(['identity/name:digits@basic.name']);
    expect(name('Zhang San')).toEqual(['identity/name:latin@basic.name']);
    expect(name('张 三')).toEqual(['identity/name:spaces@basic.name']);
    expect(name('··')).toEqual(['identity/name:empty@basic.name']);
  });
  it('warns about another dot and about rare characters', () => {
    const dot = check(
      { profile: profileText((p) => (p.basic.name = '阿依古丽•买买提')) },
      IDENTITY_RULES,
    );
    expect(dot.findings.map((f) => [f.messageId, f.severity])).toEqual([['middle-dot', 'warning']]);
    expect(dot.findings[0]!.args['suggested']).toEqual({ pii: 'name', value: '阿依古丽·买买提' });
    const rare = check({ profile: profileText((p) => (p.basic.name = '张𠮷')) }, IDENTITY_RULES);
    expect(rare.findings.map((f) => [f.messageId, f.severity])).toEqual([['rare', 'warning']]);
    expect(rare.findings[0]!.args['codepoints']).toBe('U+20BB7');
  });

  const PASSPORT = { id_type: '护照（外国）', id_number: 'X1234567' };
  const HK = { id_type: '港澳居民来往内地通行证', id_number: 'H12345678' };
  const findingsFor = (n: string, extra: Record<string, unknown> = {}) =>
    check(
      { profile: profileText((p) => Object.assign(p.basic, { name: n, ...extra })) },
      IDENTITY_RULES,
    ).findings;
  it('finds nothing for the names each document prints', () => {
    expect(name('欧阳娜娜')).toEqual([]);
    // Han characters of the extension blocks are names too (rare: a warning, not an error).
    expect(name('张\u{2A6D6}')).toEqual(['identity/name:rare@basic.name']);
    for (const n of ["Mary-Jane O'Neil", 'JOHN A. SMITH', 'José Müller', 'ANNE-MARIE D’ARC'])
      expect(name(n, PASSPORT), n).toEqual([]);
    // A combining accent that composes with its letter (NFC) is the accented letter.
    expect(name('Jose\u0301', PASSPORT)).toEqual([]);
    expect(name('CHAN TAI MAN', HK)).toEqual([]);
    expect(name('陈大文', HK)).toEqual([]);
  });
  it('reports characters no resident ID name has: Hangul, kana, emoji, hyphen, brackets', () => {
    for (const n of ['김민준', '张三です', '张三😀', '张-三', '张三（曾用名李四）', '张三★'])
      expect(name(n), n).toEqual(['identity/name:script@basic.name']);
    const [f] = findingsFor('김민준😀');
    expect(f!.args['codepoints']).toBe('U+AE40 U+BBFC U+C900 U+1F600');
    expect(f!.messageId).toBe('script');
  });
  it("reports a foreign passport name that is not in Latin letters, saying to use the passport's", () => {
    for (const n of ['김민준', 'ИВАН ПЕТРОВ', 'JOHN😀', 'JOHN_SMITH'])
      expect(name(n, PASSPORT), n).toEqual(['identity/name:script-passport@basic.name']);
    expect(name('김민준', HK)).toEqual(['identity/name:script-other@basic.name']);
  });
  it('reports combining marks that belong to no letter', () => {
    for (const [n, extra, cp] of [
      ['张\u0301三', {}, 'U+0301'],
      ['JOHN\u20DD', PASSPORT, 'U+20DD'],
      ['A\u0308\u0301', PASSPORT, 'U+0301'],
    ] as const) {
      const found = findingsFor(n, extra);
      expect(
        found.map((f) => f.messageId),
        n,
      ).toEqual(['combining']);
      expect(found[0]!.args['codepoints']).toBe(cp);
    }
  });
});
