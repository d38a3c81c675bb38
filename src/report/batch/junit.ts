import { attr, text } from '../junit.js';
import type { JsonFinding, JsonReport } from '../json.js';
import { configChanges } from '../ui-text.js';
import { visible } from '../visible.js';
import { batchText } from './text.js';
import { firstError, type BatchRenderer } from './types.js';

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
    `\n  ${visible(f.message)}${f.hint ? `\n  → ${visible(f.hint)}` : ''}` +
    (f.waived !== undefined ? `\n  waived: ${visible(f.waived)}` : '')
  );
}

const fails = (f: JsonFinding) => f.severity === 'error' && f.waived === undefined;

/** `photo/min-pixels basic.photo`: the rule and where, so that two findings of a rule differ. */
function caseName(f: JsonFinding): string {
  return visible([f.rule, f.field ?? f.file].filter(Boolean).join(' '));
}

/**
 * One testsuite per folder: first a testcase for the folder's verdict (it fails when the folder
 * is not ready, with the first error as its message), then one testcase per finding (an unwaived
 * error fails; a warning, info or waived error passes and says what it found in its output).
 * This is what CI dashboards show well: a ready folder is one green line, a broken one lists its
 * problems, and nothing else. (One testcase per rule that ran gave 80 testcases per folder, 79 of
 * them "passed" for a profile that could not even be read: issue 14 item 20.) Built from the JSON
 * reports so that merged NDJSON pieces render too; linear in the number of findings.
 */
export const renderBatchJunit: BatchRenderer = (batch, options) => {
  const t = batchText(options.lang);
  let totalFailures = 0;
  let tests = 0;
  const suites = batch.reports.map((r) => {
    const classname = attr(visible(r.target));
    const cases = [verdictCase(r, classname, t, options.lang === 'en' ? ': ' : '：')];
    let failures = r.ready ? 0 : 1;
    for (const f of r.findings) {
      const open = `    <testcase classname="${classname}" name="${attr(caseName(f))}">`;
      if (fails(f)) {
        failures++;
        cases.push(
          open,
          `      <failure message="${attr(visible(f.message))}" type="${attr(visible(f.rule))}">${text(findingLine(f))}</failure>`,
          '    </testcase>',
        );
      } else
        cases.push(
          open,
          `      <system-out>${text(findingLine(f))}</system-out>`,
          '    </testcase>',
        );
    }
    const count = 1 + r.findings.length;
    totalFailures += failures;
    tests += count;
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
      `  <testsuite name="${attr(`ausm-check: ${visible(r.target)}`)}" tests="${count}" failures="${failures}" errors="0" skipped="0">`,
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

function verdictCase(
  r: JsonReport,
  classname: string,
  t: ReturnType<typeof batchText>,
  colon: string,
): string {
  const open = `    <testcase classname="${classname}" name="${attr(t.verdict)}"`;
  if (r.ready) return `${open}/>`;
  const e = firstError(r);
  const counts = `${t.errors} ${r.summary.error} · ${t.warnings} ${r.summary.warning}`;
  const message = `${t.notReady}${colon}${visible(e?.message ?? counts)}`;
  return [
    `${open}>`,
    `      <failure message="${attr(message)}" type="not-ready">${text(counts)}</failure>`,
    '    </testcase>',
  ].join('\n');
}
