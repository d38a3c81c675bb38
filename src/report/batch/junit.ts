import { attr, text } from '../junit.js';
import type { JsonFinding } from '../json.js';
import { configChanges } from '../ui-text.js';
import { visible } from '../visible.js';
import type { BatchRenderer } from './types.js';

function findingLine(f: JsonFinding): string {
  const at = [
    f.field,
    f.file,
    f.line !== undefined ? `profile.yaml:${f.line}:${f.column}` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    visible(`[${f.severity}] ${f.rule} ${at}`) +
    `\n  ${visible(f.message)}${f.hint ? `\n  → ${visible(f.hint)}` : ''}`
  );
}

const fails = (f: JsonFinding) => f.severity === 'error' && f.waived === undefined;

/**
 * One testsuite per folder, one testcase per rule that ran; a rule with unwaived errors in that
 * folder fails its testcase, warnings go to its system-out. Built from the JSON reports so that
 * merged NDJSON pieces render too. Linear in the number of findings: each finding is grouped
 * once (push, never a copy of the group) and every piece is joined once at the end.
 */
export const renderBatchJunit: BatchRenderer = (batch, options) => {
  let totalFailures = 0;
  let tests = 0;
  const suites = batch.reports.map((r) => {
    const byRule = new Map<string, JsonFinding[]>();
    for (const rule of options.rules) byRule.set(rule, []);
    for (const f of r.findings) {
      const group = byRule.get(f.rule);
      if (group) group.push(f);
      else byRule.set(f.rule, [f]);
    }
    let failures = 0;
    const cases: string[] = [];
    for (const [rule, findings] of byRule) {
      const open = `    <testcase classname="${attr(visible(r.target))}" name="${attr(visible(rule))}"`;
      if (findings.length === 0) {
        cases.push(`${open}/>`);
        continue;
      }
      const failing = findings.filter(fails);
      const other = findings.filter((f) => !fails(f));
      cases.push(`${open}>`);
      if (failing.length > 0) {
        failures++;
        cases.push(
          `      <failure message="${attr(failing.map((f) => visible(f.message)).join('; '))}" type="error">${text(failing.map(findingLine).join('\n'))}</failure>`,
        );
      }
      if (other.length > 0)
        cases.push(`      <system-out>${text(other.map(findingLine).join('\n'))}</system-out>`);
      cases.push('    </testcase>');
    }
    totalFailures += failures;
    tests += byRule.size;
    const properties =
      r.config === undefined
        ? []
        : [
            '    <properties>',
            `      <property name="config" value="${attr(visible(r.config.file))}"/>`,
            `      <property name="config.changes" value="${attr(visible(configChanges(r.config, options.lang)))}"/>`,
            '    </properties>',
          ];
    return [
      `  <testsuite name="${attr(`ausm-check: ${visible(r.target)}`)}" tests="${byRule.size}" failures="${failures}" errors="0" skipped="0">`,
      ...properties,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ausm-check" tests="${tests}" failures="${totalFailures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
