import { describe, expect, it } from 'vitest';
import { SCOPE_RULES } from '../../../src/rules/scope/index.js';
import { check, codes } from '../../helpers.js';

const run = (profile: string) => codes(check({ profile }, SCOPE_RULES));
const CURRENT_JOB =
  'work:\n  - { employer: 甲公司, start: 2020-01-01, end: 至今, duties: [出纳] }\n';
const PAST_JOB =
  'work:\n  - { employer: 甲公司, start: 2020-01-01, end: 2022-01-01, duties: [出纳] }\n';

describe('scope/must-be-accountant', () => {
  it('finds nothing for scope 1 with a current accounting job', () => {
    expect(run(`scope: 1\n${CURRENT_JOB}`)).toEqual([]);
  });
  it('reports scope 2 or 5 with a current accounting job', () => {
    expect(
      run(`scope: 2\n${CURRENT_JOB}qualifications:\n  accounting: [{ level: 初级 }]\n`),
    ).toEqual(['scope/must-be-accountant:default@scope']);
  });
});

describe('scope/work-required', () => {
  it('reports scope 1 without work, and with only past work', () => {
    expect(run('scope: 1\n')).toEqual(['scope/work-required:default@scope']);
    expect(run(`scope: 1\n${PAST_JOB}`)).toEqual(['scope/work-required:none-current@work']);
  });
});

describe('scope/not-working', () => {
  it('finds nothing for scope 3 with only past work', () => {
    expect(run(`scope: 3\n${PAST_JOB}`)).toEqual([]);
  });
  it('reports scope 3 with a current job, once', () => {
    expect(run(`scope: 3\n${CURRENT_JOB}`)).toEqual(['scope/not-working:default@work[0].end']);
  });
});

describe('scope/accounting-qualification', () => {
  it('finds nothing for scope 2 with a qualification', () => {
    expect(
      run('scope: 2\nqualifications:\n  accounting: [{ level: 初级, method: 考试 }]\n'),
    ).toEqual([]);
  });
  it('reports scope 2 without one', () => {
    expect(run('scope: 2\n')).toEqual(['scope/accounting-qualification:default@scope']);
  });
});

describe('scope/doctorate', () => {
  it('finds nothing for scope 4 with a doctorate', () => {
    expect(run('scope: 4\neducation:\n  - { level: 博士研究生, degree: 博士 }\n')).toEqual([]);
  });
  it('reports scope 4 with only a master', () => {
    expect(run('scope: 4\neducation:\n  - { level: 硕士研究生, degree: 硕士 }\n')).toEqual([
      'scope/doctorate:default@scope',
    ]);
  });
});

describe('scope/other-qualification', () => {
  it('finds nothing for scope 5 with a 中级 经济 by exam', () => {
    expect(
      run('scope: 5\nqualifications:\n  other: [{ type: 经济, level: 中级, method: 考试 }]\n'),
    ).toEqual([]);
  });
  it('reports one obtained by review, and none at all', () => {
    expect(
      run('scope: 5\nqualifications:\n  other: [{ type: 审计, level: 中级, method: 评审 }]\n'),
    ).toEqual(['scope/other-qualification:not-by-exam@qualifications.other[0].method']);
    expect(run('scope: 5\n')).toEqual(['scope/other-qualification:default@scope']);
  });
});

describe('scope/has-qualification', () => {
  it('finds nothing for scope 3 without qualifications', () => {
    expect(run('scope: 3\n')).toEqual([]);
  });
  it('warns for scope 3 with an accounting qualification', () => {
    const result = check(
      { profile: 'scope: 3\nqualifications:\n  accounting: [{ level: 初级 }]\n' },
      SCOPE_RULES,
    );
    expect(codes(result)).toEqual(['scope/has-qualification:default@scope']);
    expect(result.findings[0]!.severity).toBe('warning');
  });
});
