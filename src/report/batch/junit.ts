import { attr, text } from '../junit.js';
import type { JsonFinding } from '../json.js';
import type { BatchRenderer } from './types.js';

function findingLine(f: JsonFinding): string {
  const at = [
    f.field,
    f.file,
    f.line !== undefined ? `profile.yaml:${f.line}:${f.column}` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return `[${f.severity}] ${f.rule} ${at}\n  ${f.message}${f.hint ? `\n  → ${f.hint}` : ''}`;
}

/**
 * One testsuite per folder, one testcase per rule that ran; a rule with unwaived errors in that
 * folder fails its testcase, warnings go to its system-out. Built from the JSON reports so that
 * merged NDJSON pieces render too.
 */
export const renderBatchJunit: BatchRenderer = (batch, options) => {
  let totalFailures = 0;
  const suites = batch.reports.map((r) => {
    const byRule = new Map<string, JsonFinding[]>();
    for (const f of r.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    const rules = [...new Set([...options.rules, ...byRule.keys()])];
    let failures = 0;
    const cases = rules.map((rule) => {
      const findings = byRule.get(rule) ?? [];
      const failing = findings.filter((f) => f.severity === 'error' && f.waived === undefined);
      const other = findings.filter((f) => !failing.includes(f));
      const open = `    <testcase classname="${attr(r.target)}" name="${attr(rule)}"`;
      if (findings.length === 0) return `${open}/>`;
      const parts = [`${open}>`];
      if (failing.length > 0) {
        failures++;
        parts.push(
          `      <failure message="${attr(failing.map((f) => f.message).join('; '))}" type="error">${text(failing.map(findingLine).join('\n'))}</failure>`,
        );
      }
      if (other.length > 0)
        parts.push(`      <system-out>${text(other.map(findingLine).join('\n'))}</system-out>`);
      parts.push('    </testcase>');
      return parts.join('\n');
    });
    totalFailures += failures;
    return [
      `  <testsuite name="${attr(`ausm-check: ${r.target}`)}" tests="${rules.length}" failures="${failures}" errors="0" skipped="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = batch.reports.reduce(
    (n, r) => n + new Set([...options.rules, ...r.findings.map((f) => f.rule)]).size,
    0,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ausm-check" tests="${tests}" failures="${totalFailures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
