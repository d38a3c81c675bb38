import { describe, expect, it } from 'vitest';
import { renderBatchJunit } from '../../../src/report/batch/junit.js';
import type { JsonReport } from '../../../src/report/json.js';

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
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).toContain('m39999');
    // Copying each rule's group for every finding took 27 s; grouping by push takes ~100 ms.
    expect(ms).toBeLessThan(2000);
  });

  it('keeps the rules that ran first, then rules only seen in findings, in order', () => {
    const xml = renderBatchJunit(
      { reports: [report(4)] },
      {
        lang: 'en',
        color: false,
        version: '0',
        rules: ['photo/min-pixels', 'photo/blur'],
      },
    );
    const names = [...xml.matchAll(/<testcase classname="a" name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['photo/min-pixels', 'photo/blur', 'material/missing']);
    expect(xml).toContain('tests="3" failures="2"');
  });
});
