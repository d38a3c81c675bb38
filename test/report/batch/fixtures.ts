import type { BatchOptions } from '../../../src/report/batch/types.js';
import type { JsonFinding, JsonReport } from '../../../src/report/json.js';

/** A long first error, as the platform rules word them. */
export const LONG_ERROR =
  '照片 证件照.jpg 为 200×280 像素，要求不小于 295×413；请从原图重新裁剪，不要放大小图，并确认背景为白色';

export function finding(over: Partial<JsonFinding> = {}): JsonFinding {
  return {
    rule: 'photo/min-pixels',
    severity: 'error',
    section: 'basic',
    field: 'basic.photo',
    file: '证件照.jpg',
    message: LONG_ERROR,
    hint: '从原图重新裁剪',
    ...over,
  };
}

/** A folder's JSON report: ready when it has no unwaived error. */
export function folder(
  target: string,
  findings: readonly JsonFinding[] = [],
  person: JsonReport['person'] = { name: '张*', id_number: '530*****3716' },
): JsonReport {
  const count = (s: JsonFinding['severity']) =>
    findings.filter((f) => f.severity === s && f.waived === undefined).length;
  return {
    tool: 'ausm-check',
    version: '0.1.0',
    target,
    today: '2026-11-26',
    scope: 1,
    ready: count('error') === 0,
    summary: { error: count('error'), warning: count('warning'), info: count('info') },
    findings,
    materials: [],
    checklist: [],
    person,
  };
}

export function batchOptions(over: Partial<BatchOptions> = {}): BatchOptions {
  return { lang: 'zh', color: false, version: '0.1.0', rules: [], ...over };
}
