import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run.js';
import type { Rule } from '../../src/engine/types.js';
import { getExitCode } from '../../src/report/exit-code.js';
import { RULES } from '../../src/rules/index.js';
import { codes, fakeFacts } from '../helpers.js';

// Rules of no section, built as plain objects: `defineRule` takes only ids with words.
const throwing: Rule = {
  id: 'test/throws',
  severity: 'error',
  section: 'basic',
  check() {
    throw new Error('boom');
  },
};

const reportsTwo: Rule = {
  id: 'test/two',
  severity: 'error',
  section: 'basic',
  check(_facts, report) {
    report({ field: 'work[10].start' });
    report({ field: 'work[2].start' });
    report({ field: 'basic.name', severity: 'warning' });
  },
};

describe('runRules', () => {
  it('turns a throwing rule into a finding and goes on', () => {
    const result = runRules(fakeFacts({ profile: 'scope: 1\n' }), [throwing, reportsTwo]);
    expect(codes(result)).toContain('internal/rule-error:default@');
    expect(result.findings.filter((f) => f.rule === 'test/two')).toHaveLength(3);
  });

  it('sorts by section, then field in natural order, never by completion', () => {
    const result = runRules(fakeFacts({ profile: 'scope: 1\n' }), [reportsTwo]);
    expect(result.findings.map((f) => f.field)).toEqual([
      'basic.name',
      'work[2].start',
      'work[10].start',
    ]);
    expect(result.findings.map((f) => f.section)).toEqual(['basic', 'work', 'work']);
  });

  it('applies severity overrides and off', () => {
    const config = {
      file: 'c.yaml',
      rules: { 'test/two': 'info' as const, 'test/throws': 'off' as const },
    };
    const result = runRules(fakeFacts({ profile: 'scope: 1\n' }), [throwing, reportsTwo], {
      config,
    });
    expect(result.findings.map((f) => f.severity)).toEqual(['info', 'info', 'info']);
    expect(result.rulesRun).toEqual(['test/two']);
    expect(result.ready).toBe(true);
  });

  it('waives findings from the profile and reports unused waivers', () => {
    const profile = [
      'scope: 1',
      'waivers:',
      '  - rule: test/two',
      '    field: work[2]',
      '    reason: 已核实',
      '  - rule: test/two',
      '    field: work[7].start',
      '    reason: 写错了',
      '',
    ].join('\n');
    const unused = RULES.find((r) => r.id === 'profile/unused-waiver')!;
    const result = runRules(fakeFacts({ profile }), [reportsTwo, unused]);
    expect(result.findings.find((f) => f.field === 'work[2].start')?.waived).toBe('已核实');
    expect(codes(result)).toContain('profile/unused-waiver:default@waivers[1]');
    expect(result.summary.error).toBe(1);
    expect(result.findings.find((f) => f.rule === 'profile/unused-waiver')).toMatchObject({
      line: 6,
      column: 5,
    });
  });

  it('gives findings the line and column of their field', () => {
    const result = runRules(fakeFacts({ profile: 'scope: 1\nbasic:\n  name: 张三\n' }), [
      reportsTwo,
    ]);
    expect(result.findings[0]).toMatchObject({ field: 'basic.name', line: 3, column: 3 });
  });
});

describe('getExitCode', () => {
  const base = runRules(fakeFacts({ profile: 'scope: 1\n' }), []);
  it('is 0 when ready, 1 with an error or too many warnings', () => {
    expect(getExitCode([base])).toBe(0);
    expect(getExitCode([{ ...base, ready: false }])).toBe(1);
    const warned = { ...base, summary: { error: 0, warning: 3, info: 0 } };
    expect(getExitCode([warned], 3)).toBe(0);
    expect(getExitCode([warned], 2)).toBe(1);
  });
});
