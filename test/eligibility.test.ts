import { describe, expect, it } from 'vitest';
import {
  checkYears,
  countMonths,
  endOfYear,
  intermediateMonthsNeeded,
  mergePeriods,
  type Period,
} from '../src/eligibility/eligibility.js';
import { dayNumber, parseDate } from '../src/profile/dates.js';
import type { Profile } from '../src/profile/schema.js';
import intermediate from '../src/rules/eligibility/intermediate.js';
import { check, codes } from './helpers.js';
import { profileText } from './rules/data-profile.js';

const day = (text: string) => dayNumber(parseDate(text)!);
const period = (start: string, end: string): Period => ({ start: day(start), end: day(end) });

/** A full-time graduate of 07-01 who starts work on 07-02 and still works there. */
function graduate(level: string, degree: string, year: number): Profile {
  return {
    education: [
      { mode: '全日制', start: `${year - 3}-09-01`, end: `${year}-07-01`, level, degree },
    ],
    work: [{ start: `${year}-07-02`, end: '至今' }],
  } as Profile;
}

/**
 * The published table for the 2026 中级 exam (会考〔2025〕2号): the latest full-time graduation
 * years that qualify, with work starting right after graduation.
 */
const TABLE_2026 = [
  { label: '大专', level: '大学专科', degree: '无', latest: 2021 },
  { label: '本科', level: '大学本科', degree: '学士', latest: 2022 },
  { label: '第二学士', level: '大学本科', degree: '第二学士', latest: 2024 },
  { label: '研究生班', level: '研究生班', degree: '无', latest: 2024 },
  { label: '硕士', level: '硕士研究生', degree: '硕士', latest: 2025 },
] as const;

describe('the 2026 中级 table', () => {
  for (const row of TABLE_2026) {
    it(`${row.label}: graduates of ${row.latest} qualify, of ${row.latest + 1} do not`, () => {
      const needed = intermediateMonthsNeeded({ level: row.level, degree: row.degree })!;
      const latest = checkYears(graduate(row.level, row.degree, row.latest), 2026, needed)!;
      expect(latest.status).toBe('met');
      const next = checkYears(graduate(row.level, row.degree, row.latest + 1), 2026, needed)!;
      expect(next).toMatchObject({ status: 'short', firstYear: 2027 });
      // Work from the month after graduation: one year later each is 7 months short.
      expect(next.needed - next.counted).toBe(7);
    });
  }

  it('gives the counts the algorithm documents', () => {
    const counted = TABLE_2026.map((row) => {
      const needed = intermediateMonthsNeeded({ level: row.level, degree: row.degree })!;
      return checkYears(graduate(row.level, row.degree, row.latest), 2026, needed)!.counted;
    });
    expect(counted).toEqual([65, 53, 29, 29, 17]);
  });

  it('reproduces the table through the rule, with the finding’s numbers', () => {
    for (const row of TABLE_2026) {
      const at = (year: number) =>
        profileText((p) => {
          p.plan = { exam: '中级', year: 2026 };
          p.basic.birth_date = '1987-03-17';
          Object.assign(p.education[0], {
            start: `${year - 3}-09-01`,
            end: `${year}-07-01`,
            level: row.level,
            degree: row.degree,
          });
          p.work[0].start = `${year}-07-02`;
        });
      expect(codes(check({ profile: at(row.latest) }, [intermediate]))).toEqual([]);
      const late = check({ profile: at(row.latest + 1) }, [intermediate]);
      expect(codes(late)).toEqual(['eligibility/intermediate:default@plan.year']);
      expect(late.findings[0]!.args['firstYear']).toBe(2027);
    }
  });

  it('a doctorate needs no years', () => {
    expect(intermediateMonthsNeeded({ level: '博士研究生', degree: '博士' })).toBe(0);
  });
});

describe('countMonths', () => {
  it('counts whole calendar months only', () => {
    expect(countMonths([period('2021-07-02', '2021-12-31')], [], endOfYear(2026))).toBe(5);
    expect(countMonths([period('2021-07-01', '2021-12-31')], [], endOfYear(2026))).toBe(6);
    expect(countMonths([period('2021-07-01', '2021-12-30')], [], endOfYear(2026))).toBe(5);
  });
  it('merges overlapping entries, so a month never counts twice', () => {
    const work = [period('2020-01-01', '2020-12-31'), period('2020-06-01', '2021-06-30')];
    expect(countMonths(work, [], endOfYear(2026))).toBe(18);
    // Two jobs meeting mid-month still make that month whole.
    const handover = [period('2020-01-01', '2020-06-14'), period('2020-06-15', '2020-12-31')];
    expect(countMonths(handover, [], endOfYear(2026))).toBe(12);
  });
  it('takes full-time study out, graduation day included', () => {
    const work = [period('2018-01-01', '2022-12-31')];
    const study = [period('2019-09-01', '2021-07-01')];
    // 2018-01..2019-08 (20) + 2021-08..2022-12 (17).
    expect(countMonths(work, study, endOfYear(2026))).toBe(37);
  });
  it('stops at 31 December of the exam year, and starts after a date when asked', () => {
    expect(countMonths([period('2020-01-01', '2030-12-31')], [], endOfYear(2022))).toBe(36);
    expect(
      countMonths([period('2020-01-01', '2030-12-31')], [], endOfYear(2022), day('2021-06-30')),
    ).toBe(18);
  });
  it('mergePeriods joins adjacent periods', () => {
    expect(
      mergePeriods([period('2020-01-01', '2020-01-31'), period('2020-02-01', '2020-02-29')]),
    ).toEqual([period('2020-01-01', '2020-02-29')]);
  });
});

describe('checkYears', () => {
  it('counts work during non-full-time study', () => {
    const p = {
      education: [{ mode: '非全日制', start: '2015-03-01', end: '2018-01-10', level: '大学专科' }],
      work: [{ start: '2014-01-01', end: '至今' }],
    } as Profile;
    expect(checkYears(p, 2018, 60)).toMatchObject({ status: 'met', counted: 60 });
  });
  it('reads a month-only end as covering that month', () => {
    const p = { work: [{ start: '2020-01', end: '2020-06' }] } as Profile;
    expect(checkYears(p, 2026, 1)).toMatchObject({ counted: 6 });
  });
  it('gives no first year when no job is current', () => {
    const p = { work: [{ start: '2020-01-01', end: '2020-12-31' }] } as Profile;
    expect(checkYears(p, 2026, 48)).toEqual({ status: 'short', counted: 12, needed: 48 });
  });
  it('is undefined when a date is missing', () => {
    expect(checkYears({ work: [{ start: '2020-01-01' }] } as Profile, 2026, 12)).toBeUndefined();
  });
});
