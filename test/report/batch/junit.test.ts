import { describe, expect, it } from 'vitest';
import { renderBatchJunit } from '../../../src/report/batch/junit.js';
import type { JsonReport } from '../../../src/report/json.js';
import { xmlProblems } from '../../template/xml-check.js';
import { batchOptions, finding, folder } from './fixtures.js';

function report(findings: number): JsonReport {
  return {
    tool: 'ausm-check',
    version: '0',
    target: 'a',
    today: '2026-11-26',
    scope: 1,
    ready: false,
    summary: { error: findings, warning: 0, info: 0 },
    findings: Array.from({ length: findings }, (_, i) => ({
      rule: i % 2 === 0 ? 'material/missing' : 'photo/blur',
      severity: i % 4 === 1 ? 'warning' : 'error',
      section: 'materials',
      message: `m${i}`,
      hint: '',
    })),
    materials: [],
    checklist: [],
    person: {},
  };
}

/** CPU time of `fn` in ms: what the process spent, whatever else the machine is doing. */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('renderBatchJunit', () => {
  it('renders 40,000 findings in linear time (issue 13 item 11)', () => {
    let xml = '';
    const ms = cpuMs(() => {
      xml = renderBatchJunit(
        { reports: [report(40_000)] },
        {
          lang: 'zh',
          color: false,
          version: '0',
          rules: ['material/missing', 'photo/blur', 'photo/min-pixels'],
        },
      );
    });
    // One testcase per finding plus the verdict; every error fails its own testcase.
    expect(xml.match(/<testcase /g)).toHaveLength(40_001);
    expect(xml.match(/<failure /g)).toHaveLength(30_001);
    expect(xml).toContain('m39999');
    // Copying each rule's group for every finding took 27 s; grouping by push takes ~100 ms.
    expect(ms).toBeLessThan(2000);
  });

  it('has one testcase per finding plus the folder’s verdict (issue 14 item 20)', () => {
    const broken = folder('broken', [
      finding({
        rule: 'profile/parse',
        field: undefined,
        file: 'profile.yaml',
        message: 'YAML 语法错误',
      }),
    ]);
    const warned = folder('warned', [finding({ severity: 'warning', message: '略模糊' })]);
    const xml = renderBatchJunit(
      { reports: [broken, folder('ready'), warned] },
      batchOptions({ rules: Array.from({ length: 80 }, (_, i) => `rule/${i}`) }),
    );
    expect(xmlProblems(xml)).toEqual([]);
    const suites = [
      ...xml.matchAll(/<testsuite name="ausm-check: (\w+)" tests="(\d+)" failures="(\d+)"/g),
    ];
    expect(suites.map((m) => [m[1], m[2], m[3]])).toEqual([
      ['broken', '2', '2'],
      ['ready', '1', '0'],
      ['warned', '2', '0'],
    ]);
    expect(xml).toContain('<testsuites name="ausm-check" tests="5" failures="2" errors="0">');
    expect(xml).not.toContain('rule/');
    expect(xml).toContain('<testcase classname="broken" name="结论">');
    expect(xml).toContain('<failure message="尚不可提交：YAML 语法错误" type="not-ready">');
    expect(xml).toContain('<testcase classname="broken" name="profile/parse profile.yaml">');
    expect(xml).toContain('<testcase classname="ready" name="结论"/>');
    // A warning is a passing testcase that says what it found.
    expect(xml).toMatch(
      /<testcase classname="warned" name="photo\/min-pixels basic.photo">\s*<system-out>\[warning\]/,
    );
  });

  it('stays well-formed with markup and control characters in names and messages', () => {
    const nasty = folder('<a & "b">\u0001', [
      finding({ message: ']]> <x> & \u0007', field: '"f"' }),
    ]);
    const xml = renderBatchJunit({ reports: [nasty] }, batchOptions());
    expect(xmlProblems(xml)).toEqual([]);
  });
});
