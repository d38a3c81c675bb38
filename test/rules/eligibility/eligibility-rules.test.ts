import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/format.js';
import { ELIGIBILITY_RULES } from '../../../src/rules/eligibility/index.js';
import { check } from '../../helpers.js';
import { type Editable, profileText, run } from '../data-profile.js';

// The rules that find problems; eligibility/eligible (the confirmation) has its own tests.
const PROBLEM_RULES = ELIGIBILITY_RULES.filter((r) => r.id !== 'eligibility/eligible');
const all = (change: Parameters<typeof run>[1]) => run(PROBLEM_RULES, change);
const planning =
  (exam: string, year: number, more: (p: Editable) => void = () => {}) =>
  (p: Editable) => {
    p.plan = { exam, year };
    more(p);
  };

describe('eligibility rules', () => {
  it('find nothing without a plan, or when eligible', () => {
    expect(all(() => {})).toEqual([]);
    expect(all(planning('中级', 2026))).toEqual([]);
  });
  it('never crash on incomplete dates', () => {
    const r = check(
      {
        profile: profileText(
          planning('中级', 2026, (p) => {
            p.work[0].start = '2023-13-01';
            p.education[0].end = '去年';
          }),
        ),
      },
      PROBLEM_RULES,
    );
    expect(r.findings.filter((f) => f.rule.startsWith('internal/'))).toEqual([]);
  });
});

describe('eligibility/junior', () => {
  it('finds nothing with a completed high school, for a 大专 student', () => {
    expect(
      all(
        planning('初级', 2027, (p) => {
          p.education = [
            {
              mode: '全日制',
              school: '某职业学院',
              start: '2024-09-01',
              end: '至今',
              level: '大学专科',
            },
            {
              mode: '全日制',
              school: '某中学',
              start: '2016-09-01',
              end: '2019-07-01',
              level: '高中',
            },
          ];
        }),
      ),
    ).toEqual([]);
  });
  it('reports a programme still in progress, and education below high school', () => {
    expect(
      all(
        planning('初级', 2027, (p) => {
          p.education = [{ mode: '全日制', start: '2024-09-01', end: '至今', level: '高中' }];
        }),
      ),
    ).toEqual(['eligibility/junior:in-progress@plan.exam']);
    expect(
      all(
        planning('初级', 2027, (p) => {
          p.education = [
            { mode: '全日制', start: '2010-09-01', end: '2013-07-01', level: '初中及以下' },
          ];
        }),
      ),
    ).toEqual(['eligibility/junior:default@plan.exam']);
  });
});

describe('eligibility/intermediate', () => {
  it('reports too few months with the first qualifying year', () => {
    const text = profileText(
      planning('中级', 2026, (p) => {
        Object.assign(p.education[0], { start: '2019-09-01', end: '2023-07-01' });
        p.work[0].start = '2023-07-02';
        p.basic.birth_date = '1987-03-17';
      }),
    );
    const r = check({ profile: text }, PROBLEM_RULES);
    expect(r.findings.map((f) => `${f.rule}:${f.messageId}@${f.field}`)).toEqual([
      'eligibility/intermediate:default@plan.year',
    ]);
    expect(r.findings[0]!.args).toMatchObject({ firstYear: 2027 });
    const message = renderMessage(r.findings[0]!, { lang: 'zh', showPii: false }).message;
    expect(message).toContain('41 个月（3 年 5 个月）');
    expect(message).toContain('48 个月（4 年）');
  });
  it('says when the count cannot grow (no current job)', () => {
    expect(
      all(
        planning('中级', 2026, (p) => {
          Object.assign(p.work[0], { start: '2010-01-01', end: '2011-12-31', status: '离职' });
        }),
      ),
    ).toEqual(['eligibility/intermediate:no-current-work@plan.year']);
  });
  it('reports education below 大专', () => {
    expect(
      all(
        planning('中级', 2026, (p) => {
          Object.assign(p.education[0], { level: '高中', degree: '无' });
        }),
      ),
    ).toEqual(['eligibility/intermediate:no-education@plan.exam']);
  });
  it('lets a doctorate, or a 中级 审计 by exam, qualify with no years', () => {
    const fresh = (p: Editable) => {
      Object.assign(p.education[0], { start: '2021-09-01', end: '2025-07-01' });
      p.work[0].start = '2025-07-02';
    };
    expect(all(planning('中级', 2026, fresh))).toEqual([
      'eligibility/intermediate:default@plan.year',
    ]);
    expect(
      all(
        planning(
          '中级',
          2026,
          (p) => (fresh(p), Object.assign(p.education[0], { level: '博士研究生', degree: '博士' })),
        ),
      ),
    ).toEqual([]);
    expect(
      all(
        planning('中级', 2026, (p) => {
          fresh(p);
          p.qualifications.other = [
            { type: '审计', level: '中级', method: '考试', date: '2024-10-01' },
          ];
        }),
      ),
    ).toEqual([]);
    // By 评审 it does not count.
    expect(
      all(
        planning('中级', 2026, (p) => {
          fresh(p);
          p.qualifications.other = [
            { type: '审计', level: '中级', method: '评审', date: '2024-10-01' },
          ];
        }),
      ),
    ).toEqual(['eligibility/intermediate:default@plan.year']);
  });
});

describe('eligibility/senior', () => {
  it('reports a plan without 会计师', () => {
    expect(all(planning('高级', 2026))).toEqual(['eligibility/senior:no-intermediate@plan.exam']);
  });
  it('counts only the work after obtaining 中级', () => {
    const withIntermediate = (date: string) =>
      planning('高级', 2026, (p) => {
        p.qualifications.accounting.push({ level: '中级', method: '考试', date });
      });
    expect(all(withIntermediate('2020-10-15'))).toEqual([]);
    expect(all(withIntermediate('2023-10-15'))).toEqual(['eligibility/senior:default@plan.year']);
  });
});

describe('eligibility/master-without-degree', () => {
  it('warns about a 硕士研究生 graduate without the degree', () => {
    expect(
      all(
        planning('中级', 2026, (p) => {
          p.education.push({
            mode: '全日制',
            start: '2009-09-01',
            end: '2012-07-01',
            level: '硕士研究生',
            degree: '无',
          });
          p.work[0].start = '2012-07-02';
        }),
      ),
    ).toEqual(['eligibility/master-without-degree:default@education[1].degree']);
  });
  it('finds nothing with the degree', () => {
    expect(
      all(
        planning('中级', 2026, (p) => {
          p.education.push({
            mode: '全日制',
            start: '2009-09-01',
            end: '2012-07-01',
            level: '硕士研究生',
            degree: '硕士',
          });
          p.work[0].start = '2012-07-02';
        }),
      ),
    ).toEqual([]);
  });
});
