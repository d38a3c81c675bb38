import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/format.js';
import { WORK_RULES } from '../../../src/rules/work/index.js';
import { check } from '../../helpers.js';
import { type Editable, profileText, run } from '../data-profile.js';

const all = (change: Parameters<typeof run>[1]) => run(WORK_RULES, change);
const job = (values: Record<string, unknown>) => (p: Editable) => Object.assign(p.work[0], values);
const findings = (change: (p: Editable) => void) =>
  check({ profile: profileText(change) }, WORK_RULES).findings;

describe('work rules on a consistent profile', () => {
  it('find nothing', () => {
    expect(all(() => {})).toEqual([]);
  });
  it('never crash on values of the wrong kind', () => {
    const r = check(
      {
        profile: profileText((p) => {
          p.work[0].duties = '出纳、资产核算';
          p.work[0].uscc = 91530102;
          p.work[0].start = '去年';
          p.work.push({ employer: ['x'], duties: [{ a: 1 }], end: 2020 });
        }),
      },
      WORK_RULES,
    );
    expect(r.findings.filter((f) => f.rule.startsWith('internal/'))).toEqual([]);
  });
});

describe('work/after-graduation', () => {
  it('reports a start on the graduation day, with the values compared', () => {
    const f = findings(job({ start: '2009-07-01' }));
    expect(f.map((x) => `${x.rule}:${x.messageId}@${x.field}`)).toEqual([
      'work/after-graduation:default@work[0].start',
    ]);
    expect(f[0]!.args).toMatchObject({
      start: '2009-07-01',
      graduation: '2009-07-01',
      earliest: '2009-07-02',
    });
  });
  it('reports a start during full-time study', () => {
    expect(all(job({ start: '2008-03-01' }))).toEqual([
      'work/after-graduation:default@work[0].start',
    ]);
  });
  it('reports a start during full-time study still going on', () => {
    expect(
      all((p) => {
        Object.assign(p.education[0], { start: '2024-09-01', end: '至今', degree: '无' });
        p.work[0].start = '2025-03-01';
      }),
    ).toEqual(['work/after-graduation:ongoing@work[0].start']);
  });
  it('finds nothing the day after graduation, or during non-full-time study', () => {
    expect(all(job({ start: '2009-07-02' }))).toEqual([]);
    expect(
      all((p) => {
        p.education[0].mode = '非全日制';
        p.work[0].start = '2008-03-01';
      }),
    ).toEqual([]);
  });
  it('notes a month-only start in the graduation month', () => {
    const f = findings(job({ start: '2009-07' }));
    expect(f.map((x) => [x.rule, x.messageId, x.severity])).toEqual([
      ['work/after-graduation', 'same-month', 'info'],
    ]);
  });
});

describe('work/before-full-time-study', () => {
  it('warns about work begun before a later full-time programme', () => {
    expect(
      all((p) => {
        p.education.push({
          mode: '全日制',
          school: '云南财经大学',
          start: '2012-09-01',
          end: '2015-07-01',
          level: '硕士研究生',
          degree: '硕士',
        });
      }),
    ).toEqual(['work/before-full-time-study:default@work[0].start']);
  });
  it('is silent where work/after-graduation reports the start, and for part-time study', () => {
    expect(
      all((p) => {
        p.work[0].start = '2009-07-01';
        p.education.push({
          mode: '全日制',
          start: '2012-09-01',
          end: '2015-07-01',
          level: '硕士研究生',
        });
      }),
    ).toEqual(['work/after-graduation:default@work[0].start']);
    expect(
      all((p) => {
        p.education.push({
          mode: '非全日制',
          start: '2012-09-01',
          end: '2015-07-01',
          level: '硕士研究生',
        });
      }),
    ).toEqual([]);
  });
});

describe('work/dates', () => {
  it('reports the order, the future, and 至今 with 离职', () => {
    expect(all(job({ end: '2009-08-01', status: '离职' }))).toEqual([
      'work/dates:order@work[0].end',
    ]);
    expect(all(job({ end: '2027-01-01', status: '离职' }))).toEqual([
      'work/dates:end-future@work[0].end',
    ]);
    expect(all(job({ start: '2027-01-01' }))).toEqual(['work/dates:start-future@work[0].start']);
    expect(all(job({ status: '离职' }))).toEqual(['work/dates:ongoing-ended@work[0].end']);
  });
  it('warns about a second current entry', () => {
    const f = findings((p) => p.work.push({ ...p.work[0], start: '2015-01-01' }));
    expect(f.map((x) => [x.rule, x.messageId, x.severity, x.field])).toEqual([
      ['work/dates', 'several-current', 'warning', 'work[1].end'],
      ['work/overlap', 'default', 'info', 'work[1].start'],
    ]);
  });
  it('finds nothing for a finished job', () => {
    expect(all(job({ end: '2015-06-30', status: '离职' }))).toEqual([]);
  });
});

describe('work/uscc', () => {
  it('reports the public invalid vectors', () => {
    expect(all(job({ uscc: '91110000600037341N' }))).toEqual(['work/uscc:checksum@work[0].uscc']);
    expect(all(job({ uscc: '9111000060003IOZSV' }))).toEqual(['work/uscc:characters@work[0].uscc']);
    expect(all(job({ uscc: '111111111111111111' }))).toEqual(['work/uscc:checksum@work[0].uscc']);
  });
  it('gives the expected check character', () => {
    expect(findings(job({ uscc: '91110000600037341N' }))[0]!.args).toMatchObject({
      actual: 'N',
      expected: 'L',
    });
  });
  it('has its own message for a resident ID number, masked', () => {
    const f = findings(job({ uscc: '530102198703173716' }));
    expect(f.map((x) => x.messageId)).toEqual(['resident-id']);
    expect(f[0]!.args['uscc']).toEqual({ pii: 'id', value: '530102198703173716' });
  });
  it('recognises the old registration number and the organisation code, and a wrong length', () => {
    expect(all(job({ uscc: '530102000012345' }))).toEqual([
      'work/uscc:registration-number@work[0].uscc',
    ]);
    expect(all(job({ uscc: '60003734-1' }))).toEqual(['work/uscc:organisation-code@work[0].uscc']);
    expect(all(job({ uscc: '91530102MA6P4Q7K1' }))).toEqual(['work/uscc:length@work[0].uscc']);
  });
  it('is an error, with the position and the rule, for a letter in characters 3–8', () => {
    // Its check character holds: only the division code (characters 3–8) condemns it.
    const f = findings(job({ uscc: '91530A02MA6P4Q7K1G' }));
    expect(f.map((x) => `${x.rule}:${x.messageId}:${x.severity}`)).toEqual([
      'work/uscc:region:error',
    ]);
    expect(f[0]!.args).toMatchObject({ position: 6, character: 'A' });
    expect(renderMessage(f[0]!, { lang: 'zh', showPii: false }).message).toBe(
      '统一社会信用代码 91530A02MA6P4Q7K1G 的第 6 位是字母 “A”：按 GB 32100-2015，第 3–8 位是登记管理机关的行政区划代码，只能是数字',
    );
    expect(renderMessage(f[0]!, { lang: 'en', showPii: false }).message).toContain(
      'Character 6 of credit code 91530A02MA6P4Q7K1G is the letter "A"',
    );
  });
  it('finds nothing for the public valid vectors', () => {
    for (const uscc of [
      '91110000600037341L',
      '121200004013590816',
      '91310115MA1K3BTP2B',
      '92340602MA2PBMEM24',
      '91350100M000100Y43',
      '92141127MA0KD1Y64A',
    ])
      expect(
        run(
          WORK_RULES.filter((r) => r.id === 'work/uscc'),
          job({ uscc }),
        ),
      ).toEqual([]);
  });
});

describe('work/uscc-category', () => {
  it('finds nothing where the category fits the type', () => {
    expect(all(job({ uscc: '121200004013590816', unit_type: '事业单位' }))).toEqual([]);
    expect(all(job({ uscc: '92340602MA2PBMEM24', unit_type: '个体工商户' }))).toEqual([]);
    expect(all(job({ uscc: '121200004013590816', unit_type: '其他' }))).toEqual([]);
  });
  it('warns where it does not', () => {
    expect(all(job({ uscc: '121200004013590816', unit_type: '企业' }))).toEqual([
      'work/uscc-category:unit-type@work[0].unit_type',
    ]);
  });
  it('warns about an unknown authority or category', () => {
    expect(all(job({ uscc: withCheck('B1530102MA6P4Q7K1') }))).toEqual([
      'work/uscc-category:authority@work[0].uscc',
    ]);
    expect(all(job({ uscc: withCheck('94530102MA6P4Q7K1') }))).toEqual([
      'work/uscc-category:category@work[0].uscc',
    ]);
  });
});

describe('work/uscc-org-code', () => {
  it('warns about characters 9–17 failing GB 11714', () => {
    const uscc = withCheck('91530102600037342');
    expect(all(job({ uscc }))).toEqual(['work/uscc-org-code:checksum@work[0].uscc']);
    expect(findings(job({ uscc }))[0]!.args).toMatchObject({ orgCode: '600037342', expected: '1' });
  });
  it('finds nothing when they pass', () => {
    expect(all(job({ uscc: withCheck('91530102600037341') }))).toEqual([]);
  });
});

describe('work/duties', () => {
  it('accepts the nine types and their short names', () => {
    expect(all(job({ duties: ['资产核算', '收入费用核算', '档案管理', '其他会计工作'] }))).toEqual(
      [],
    );
    expect(all(job({ duties: '出纳、财务报告编制' }))).toEqual([]);
  });
  it('maps the guide’s posts, suggests near names, and lists the nine otherwise', () => {
    const f = findings(job({ duties: ['内部审计', '出纳员', '销售'] }));
    expect(f.map((x) => `${x.messageId}@${x.field}`)).toEqual([
      'hint@work[0].duties[0]',
      'suggest@work[0].duties[1]',
      'default@work[0].duties[2]',
    ]);
    expect(f[0]!.args).toMatchObject({ suggestion: '会计监督' });
    expect(f[1]!.args).toMatchObject({ suggestion: '出纳' });
    expect(all(job({ duties: ['管理会计'] }))).toEqual(['work/duties:hint@work[0].duties[0]']);
  });
});

describe('work/age', () => {
  it('warns about work begun before 16', () => {
    expect(
      all((p) => {
        p.basic.birth_date = '1995-03-17';
      }),
    ).toEqual(['work/age:default@work[0].start']);
  });
  it('finds nothing at 22', () => {
    expect(all(() => {})).toEqual([]);
  });
});

describe('work/overlap', () => {
  it('notes two entries that overlap', () => {
    expect(
      all((p) => {
        p.work.unshift({ ...p.work[0], start: '2009-08-01', end: '2012-06-30', status: '离职' });
        p.work[1].start = '2012-01-01';
      }),
    ).toEqual(['work/overlap:default@work[1].start']);
  });
  it('finds nothing for a handover on the same day', () => {
    expect(
      all((p) => {
        p.work.unshift({ ...p.work[0], start: '2009-08-01', end: '2012-06-30', status: '离职' });
        p.work[1].start = '2012-06-30';
      }),
    ).toEqual([]);
  });
});

/** A code with its GB 32100 check character appended. */
function withCheck(first17: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(first17[i]!) * w[i]!;
  return first17 + chars[(31 - (sum % 31)) % 31];
}
