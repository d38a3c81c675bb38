import { describe, expect, it } from 'vitest';
import { EDUCATION_RULES } from '../../../src/rules/education/index.js';
import { check } from '../../helpers.js';
import { type Editable, profileText, run } from '../data-profile.js';

const all = (change: Parameters<typeof run>[1], today?: string) =>
  run(EDUCATION_RULES, change, today ? { today } : {});
const edu = (values: Record<string, unknown>) => (p: Editable) =>
  Object.assign(p.education[0], values);
/** The same entry for someone born in 1979. */
const older = (values: Record<string, unknown>) => (p: Editable) => {
  p.basic.birth_date = '1979-03-17';
  Object.assign(p.education[0], values);
};

describe('education rules on a consistent profile', () => {
  it('find nothing', () => {
    expect(all(() => {})).toEqual([]);
  });
  it('never crash on values of the wrong kind', () => {
    const r = check(
      {
        profile: profileText((p) => {
          p.education[0].start = '2023-13-01';
          p.education[0].end = '去年';
          p.education[0].diploma_no = 123;
          p.education[0].overseas = 'yes';
        }),
      },
      EDUCATION_RULES,
    );
    expect(r.findings.filter((f) => f.rule.startsWith('internal/'))).toEqual([]);
  });
});

describe('education/dates', () => {
  it('reports a start not before the end', () => {
    expect(all(edu({ start: '2009-07-01' }))).toEqual(['education/dates:order@education[0].end']);
  });
  it('reports an end in the future without 至今, and a start in the future', () => {
    expect(all(edu({ end: '2027-07-01' }))).toEqual(['education/dates:future@education[0].end']);
    expect(all(edu({ start: '2027-09-01', end: '至今' }))).toEqual([
      'education/dates:start-future@education[0].start',
    ]);
  });
  it('reports 至今 on an entry that is not the latest', () => {
    expect(
      all((p) => {
        p.education[0].end = '至今';
        p.education.push({
          mode: '全日制',
          school: '云南财经大学',
          start: '2010-09-01',
          end: '2013-07-01',
          level: '硕士研究生',
          degree: '硕士',
        });
      }),
    ).toEqual(['education/dates:ongoing-not-latest@education[0].end']);
  });
  it('finds nothing for a programme still going on', () => {
    expect(all(edu({ start: '2024-09-01', end: '至今' }))).toEqual([]);
  });
});

describe('education/degree-level', () => {
  it('finds nothing for fitting pairs and for a 单证 degree', () => {
    expect(all(edu({ degree: '无' }))).toEqual([]);
    expect(all(edu({ degree: '硕士' }))).toEqual([]);
    expect(all(edu({ level: '大学专科', degree: '无', start: '2006-09-01' }))).toEqual([]);
  });
  it('warns about a degree the level cannot give', () => {
    expect(all(edu({ level: '大学专科', degree: '学士', start: '2006-09-01' }))).toEqual([
      'education/degree-level:default@education[0].degree',
    ]);
    expect(all(edu({ level: '硕士研究生', degree: '学士', start: '2006-09-01' }))).toEqual([
      'education/degree-level:default@education[0].degree',
    ]);
  });
});

describe('education/overseas-certificate', () => {
  it('reports an overseas bachelor without a proof image', () => {
    expect(all(edu({ overseas: true, proof: undefined }))).toEqual([
      'education/overseas-certificate:default@education[0].proof',
    ]);
  });
  it('finds nothing with the certificate, found by name too, or below 本科', () => {
    expect(all(edu({ overseas: true }))).toEqual([]);
    expect(
      run(EDUCATION_RULES, edu({ overseas: true, proof: undefined }), {
        files: { '留服认证书.jpg': {} },
      }),
    ).toEqual([]);
    expect(
      all(
        edu({
          overseas: true,
          proof: undefined,
          level: '大学专科',
          degree: '无',
          start: '2006-09-01',
        }),
      ),
    ).toEqual([]);
  });
});

describe('education/offline-verification', () => {
  it('warns about a diploma before 2002 or a degree before September 2008 without a proof', () => {
    expect(all(older({ start: '1997-09-01', end: '2001-07-01', proof: undefined }))).toEqual([
      'education/offline-verification:diploma@education[0].proof',
    ]);
    expect(all(edu({ start: '2004-09-01', end: '2008-07-01', proof: undefined }))).toEqual([
      'education/offline-verification:degree@education[0].proof',
    ]);
  });
  it('finds nothing with a proof, or for records 学信网 holds', () => {
    expect(all(older({ start: '1997-09-01', end: '2001-07-01' }))).toEqual([]);
    expect(all(edu({ proof: undefined }))).toEqual([]);
  });
});

describe('education/diploma-number', () => {
  it('finds nothing for a number that fits the entry', () => {
    expect(all(edu({ diploma_no: '106731200905001234' }))).toEqual([]);
  });
  it('warns about the level, the year, a non-full-time form and the shape', () => {
    expect(all(edu({ diploma_no: '106731200906001234' }))).toEqual([
      'education/diploma-number:level@education[0].diploma_no',
    ]);
    expect(all(edu({ diploma_no: '106731201005001234' }))).toEqual([
      'education/diploma-number:year@education[0].diploma_no',
    ]);
    expect(all(edu({ diploma_no: '106736200905001234' }))).toEqual([
      'education/diploma-number:form@education[0].diploma_no',
    ]);
    expect(all(edu({ diploma_no: '1067312009050012' }))).toEqual([
      'education/diploma-number:shape@education[0].diploma_no',
    ]);
  });
  it('does not judge the shape of older diplomas', () => {
    expect(all(older({ start: '1997-09-01', end: '2001-07-01', diploma_no: 'A123' }))).toEqual([]);
  });
});

describe('education/degree-number', () => {
  it('finds nothing for a number that fits, also awarded the year after', () => {
    expect(all(edu({ degree_no: '1067342009001234' }))).toEqual([]);
    expect(all(edu({ degree_no: 'C1067342010001234' }))).toEqual([]);
  });
  it('warns about the level, the year and the shape', () => {
    expect(all(edu({ degree_no: '1067332009001234' }))).toEqual([
      'education/degree-number:level@education[0].degree_no',
    ]);
    expect(all(edu({ degree_no: '1067342012001234' }))).toEqual([
      'education/degree-number:year@education[0].degree_no',
    ]);
    expect(all(edu({ degree_no: '10673420090012' }))).toEqual([
      'education/degree-number:shape@education[0].degree_no',
    ]);
  });
});

describe('education/age', () => {
  it('warns about enrolment in 本科 before 14', () => {
    expect(all((p) => (p.basic.birth_date = '1992-03-17'))).toEqual([
      'education/age:default@education[0].start',
    ]);
  });
  it('finds nothing at 18', () => {
    expect(all(() => {})).toEqual([]);
  });
});

describe('education/duration', () => {
  it('notes an unusual length', () => {
    expect(all(edu({ start: '2007-09-01' }))).toEqual([
      'education/duration:default@education[0].end',
    ]);
    expect(all(edu({ level: '博士研究生', degree: '博士', start: '2007-09-01' }))).toEqual([
      'education/duration:short@education[0].end',
    ]);
  });
  it('finds nothing for part-time or overseas programmes', () => {
    expect(all(edu({ start: '2007-09-01', mode: '非全日制' }))).toEqual([]);
    expect(all(edu({ start: '2008-09-01', overseas: true }))).toEqual([]);
  });
});
