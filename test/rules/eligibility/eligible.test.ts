import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/messages/format.js';
import eligible from '../../../src/rules/eligibility/eligible.js';
import { ELIGIBILITY_RULES } from '../../../src/rules/eligibility/index.js';
import { check } from '../../helpers.js';
import { type Editable, profileText, run } from '../data-profile.js';

const planning =
  (exam: string, year: number, more: (p: Editable) => void = () => {}) =>
  (p: Editable) => {
    p.plan = { exam, year };
    more(p);
  };

function words(change: (p: Editable) => void, lang: 'zh' | 'en' = 'zh'): string[] {
  const r = check({ profile: profileText(change) }, [eligible]);
  return r.findings.map((f) => renderMessage(f, { lang, showPii: false }).message);
}

describe('eligibility/eligible', () => {
  it('confirms an eligible 中级 plan, with the education and the months counted', () => {
    expect(run(eligible, planning('中级', 2027))).toEqual([
      'eligibility/eligible:intermediate@plan.year',
    ]);
    const r = check({ profile: profileText(planning('中级', 2027)) }, ELIGIBILITY_RULES);
    expect(r.findings.map((f) => f.severity)).toEqual(['info']);
    const [zh] = words(planning('中级', 2027));
    expect(zh).toMatch(
      /^拟报考 2027 年度中级：符合报名条件（第 1 条教育经历 .+，截至 2027-12-31 计入会计工作 .+，需满 48 个月（4 年）/,
    );
    const [en] = words(planning('中级', 2027), 'en');
    expect(en).toContain('Intermediate exam 2027: the conditions are met');
  });

  it('says nothing where eligibility/intermediate reports, or without a plan', () => {
    const short = planning('中级', 2026, (p) => {
      Object.assign(p.education[0], { start: '2019-09-01', end: '2023-07-01' });
      p.work[0].start = '2023-07-02';
    });
    expect(run(eligible, short)).toEqual([]);
    expect(run(ELIGIBILITY_RULES, short)).toEqual(['eligibility/intermediate:default@plan.year']);
    expect(run(eligible, () => {})).toEqual([]);
    expect(
      run(
        eligible,
        planning('中级', 2026, (p) =>
          Object.assign(p.education[0], { level: '高中', degree: '无' }),
        ),
      ),
    ).toEqual([]);
  });

  it('names a doctorate, a qualification by exam, a completed high school, and the senior years', () => {
    expect(
      run(
        eligible,
        planning('中级', 2027, (p) =>
          Object.assign(p.education[0], { level: '博士研究生', degree: '博士' }),
        ),
      ),
    ).toEqual(['eligibility/eligible:intermediate-doctorate@plan.exam']);
    expect(
      words(
        planning('中级', 2027, (p) => {
          p.qualifications.other = [
            { type: '审计', level: '中级', method: '考试', date: '2024-10-01' },
          ];
        }),
      ),
    ).toEqual(['拟报考 2027 年度中级：符合报名条件（经全国统一考试取得中级审计专业技术资格）']);
    expect(run(eligible, planning('初级', 2027))).toEqual([
      'eligibility/eligible:junior@plan.exam',
    ]);
    expect(
      run(
        eligible,
        planning('高级', 2027, (p) => {
          p.qualifications.accounting = [{ level: '中级', date: '2012-05-20' }];
        }),
      ),
    ).toEqual(['eligibility/eligible:senior@plan.year']);
    expect(
      run(
        eligible,
        planning('高级', 2027, (p) => {
          p.qualifications.accounting = [{ level: '中级', date: '2025-05-20' }];
        }),
      ),
    ).toEqual([]);
  });
});
