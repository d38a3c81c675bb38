import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/format.js';
import { CONTACT_RULES } from '../../../src/rules/contact/index.js';
import { EDUCATION_RULES } from '../../../src/rules/education/index.js';
import { IDENTITY_RULES } from '../../../src/rules/identity/index.js';
import { PROFILE_RULES } from '../../../src/rules/profile/index.js';
import { WORK_RULES } from '../../../src/rules/work/index.js';
import { check, codes } from '../../helpers.js';
import { type Change, profileText, run } from '../data-profile.js';

const RULE = PROFILE_RULES.filter((r) => r.id === 'profile/invalid-text');
/** The data rules: on the base profile none finds anything, so any finding is the change's. */
const DATA_RULES = [
  ...PROFILE_RULES,
  ...IDENTITY_RULES,
  ...CONTACT_RULES,
  ...EDUCATION_RULES,
  ...WORK_RULES,
];
const data = (change: Change) => run(DATA_RULES, change);
const findings = (change: Change) => check({ profile: profileText(change) }, RULE).findings;
const words = (change: Change, lang: 'zh' | 'en' = 'zh', showPii = false) =>
  findings(change).map((f) => {
    const { message, hint } = renderMessage(f, { lang, showPii });
    return `${message} / ${hint}`;
  });

describe('profile/invalid-text', () => {
  it('finds nothing in ordinary values, rare characters and a multi-line waiver reason', () => {
    expect(data(() => {})).toEqual([]);
    expect(
      run(RULE, (p) => {
        p.basic.name = '阿依古丽·买买提';
        p.basic.address = '云南省昆明市五华区某某路1号 A座\u3000302室';
        p.work[0].employer = '昆明某某（集团）有限公司';
        p.waivers = [{ rule: 'work/overlap', reason: '两段兼职，\n\t单位已确认' }];
      }),
    ).toEqual([]);
    // A rare name character written with an ideographic variation selector stays allowed.
    expect(run(RULE, (p) => (p.basic.name = '葛\u{E0100}优'))).toEqual([]);
  });

  it.each([
    ['U+FFFE', '\uFFFE', 'noncharacter'],
    ['U+FFFF', '\uFFFF', 'noncharacter'],
    ['U+FDD0', '\uFDD0', 'noncharacter'],
    ['U+1FFFE', '\u{1FFFE}', 'noncharacter'],
    ['U+0000 NUL', '\0', 'control'],
    ['U+0007 BEL', '\u0007', 'control'],
    ['U+001B ESC', '\u001b', 'control'],
    ['U+007F DEL', '\u007f', 'control'],
    ['U+0085 NEL', '\u0085', 'control'],
    ['U+009B', '\u009b', 'control'],
    ['U+000A LF', '\n', 'line-break'],
    ['U+0009 TAB', '\t', 'line-break'],
    ['U+D800', '\uD800', 'surrogate'],
    ['U+DFFF', '\uDFFF', 'surrogate'],
    ['U+200B ZERO WIDTH SPACE', '\u200B', 'invisible'],
    ['U+200C ZERO WIDTH NON-JOINER', '\u200C', 'invisible'],
    ['U+200D ZERO WIDTH JOINER', '\u200D', 'invisible'],
    ['U+FEFF ZERO WIDTH NO-BREAK SPACE', '\uFEFF', 'invisible'],
    ['U+202A LEFT-TO-RIGHT EMBEDDING', '\u202A', 'invisible'],
    ['U+202E RIGHT-TO-LEFT OVERRIDE', '\u202E', 'invisible'],
    ['U+2066 LEFT-TO-RIGHT ISOLATE', '\u2066', 'invisible'],
    ['U+2069 POP DIRECTIONAL ISOLATE', '\u2069', 'invisible'],
    ['U+00AD SOFT HYPHEN', '\u00AD', 'invisible'],
    ['U+2028 LINE SEPARATOR', '\u2028', 'invisible'],
    ['U+3164 HANGUL FILLER', '\u3164', 'invisible'],
  ])('reports %s in a name and an employer, and nothing else about them', (character, ch, kind) => {
    const change: Change = (p) => {
      p.basic.name = `张${ch}三`;
      p.work[0].employer = `昆明某某${ch}商贸有限公司`;
    };
    // The verdict: an error, and the values are gone for the other rules (no identity/name,
    // no profile/required, no work/employer finding about the same values).
    expect(data(change)).toEqual([
      `profile/invalid-text:${kind}@basic.name`,
      `profile/invalid-text:${kind}@work[0].employer`,
    ]);
    const [name, employer] = findings(change);
    expect(name!.severity).toBe('error');
    expect(name!.args).toMatchObject({ character, index: 2, count: 1 });
    expect(name!.args['value']).toEqual({ pii: 'name', value: '张\uFFFD三' });
    expect(employer!.args).toMatchObject({
      value: '昆明某某\uFFFD商贸有限公司',
      character,
      index: 5,
    });
  });

  it('points at the character in the file, or at the value where it was an escape', () => {
    const text = 'scope: 1\nbasic:\n  name: 张\u200B三\nwork:\n  - employer: "甲\\uFFFE公司"\n';
    const result = check({ profile: text }, RULE);
    expect(result.findings.map((f) => [f.field, f.line, f.column])).toEqual([
      ['basic.name', 3, 10],
      ['work[0].employer', 5, 15],
    ]);
  });

  it('checks every string of the profile: contact, school, address, duties, proof, enums', () => {
    expect(
      data((p) => {
        p.basic.address = '昆明\u0007';
        p.basic.ethnicity = '汉族\u200B';
        p.education[0].school = '云南\u202E大学';
        p.work[0].contact = { name: '李\u0000四', phone: '0871-12345678' };
        p.work[0].duties = ['出纳', '会计\uFFFF监督'];
        p.work[0].proof = ['会计工作证明\u0007.jpg'];
      }),
    ).toEqual([
      'profile/invalid-text:control@basic.address',
      'profile/invalid-text:invisible@basic.ethnicity',
      'profile/invalid-text:invisible@education[0].school',
      'profile/invalid-text:control@work[0].contact.name',
      'profile/invalid-text:noncharacter@work[0].duties[1]',
      'profile/invalid-text:control@work[0].proof[0]',
    ]);
  });

  it('says which character, where, and what to do, in both languages, masking a name', () => {
    const change: Change = (p) => (p.basic.name = '张三\uFFFE');
    expect(words(change)).toEqual([
      '“张**” 中有非字符 U+FFFE（第 3 个字符；共 1 个不能使用的字符）：Unicode 保留不用的码位，平台和证明中都无法保存 / 删除该字符（显示为 �）后重新输入这一项',
    ]);
    expect(words(change, 'en')[0]).toContain('"张**" holds the noncharacter U+FFFE (character 3;');
    expect(words(change, 'zh', true)[0]).toContain('“张三\uFFFD”');
  });

  it('masks an ID number and a phone number as well as a name', () => {
    const change: Change = (p) => {
      p.basic.id_number = '530102198703173716\u200B';
      p.basic.phone = '1'.repeat(100);
      p.work[0].contact = { name: '李四', phone: '0871-12345678\u0007' };
    };
    const shown = words(change).join('\n');
    expect(shown).not.toContain('198703');
    expect(shown).not.toContain('1111111');
    expect(shown).not.toContain('12345678');
    expect(findings(change).map((f) => f.args['value'])).toEqual([
      { pii: 'id', value: '530102198703173716\uFFFD' },
      { pii: 'phone', value: `${'1'.repeat(30)}…` },
      { pii: 'phone', value: '0871-12345678\uFFFD' },
    ]);
  });

  it('bounds lengths and says the length and the limit', () => {
    const long = '很'.repeat(300_000);
    const change: Change = (p) => {
      p.basic.name = long;
      p.basic.address = long;
      p.education[0].school = long;
      p.work[0].employer = long;
    };
    expect(data(change)).toEqual([
      'profile/invalid-text:too-long@basic.address',
      'profile/invalid-text:too-long@basic.name',
      'profile/invalid-text:too-long@education[0].school',
      'profile/invalid-text:too-long@work[0].employer',
    ]);
    const [address, name] = findings(change);
    expect(name!.args).toMatchObject({ length: 300_000, limit: 100 });
    expect(address!.args).toEqual({ value: `${'很'.repeat(30)}…`, length: 300_000, limit: 200 });
    expect(words(change, 'en')[0]).toBe(
      `"${'很'.repeat(30)}…" has 300000 characters, over the limit of 200 / Write the full name as on the document or business licence; a value this long is most likely something pasted by mistake`,
    );
    // At the limit is fine; one more is not.
    expect(run(RULE, (p) => (p.basic.address = '很'.repeat(200)))).toEqual([]);
    expect(run(RULE, (p) => (p.basic.address = '很'.repeat(201)))).toEqual([
      'profile/invalid-text:too-long@basic.address',
    ]);
  });

  it('says which character made a listed value not allowed', () => {
    expect(data((p) => (p.basic.gender = '男\u200B'))).toEqual([
      'profile/invalid-text:invisible@basic.gender',
    ]);
  });

  it('leaves the value of an unknown key to profile/unknown-key', () => {
    expect(data((p) => (p.basic.nickname = '\u0007'))).toEqual([
      'profile/unknown-key:default@basic.nickname',
    ]);
  });

  it('reports codes(result) with the expected ids', () => {
    expect(codes(check({ profile: 'scope: 1\nbasic:\n  name: "\\u0007"\n' }, RULE))).toEqual([
      'profile/invalid-text:control@basic.name',
    ]);
  });
});
