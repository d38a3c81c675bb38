import type { Finding, Severity } from '../engine/types.js';
import { RULE_ERROR_ID } from '../engine/run.js';
import { fieldLabel, renderMessage } from '../messages/format.js';
import { materialName } from '../messages/materials.js';
import type { Lang } from '../messages/types.js';
import { findRule } from '../rules/index.js';
import { maskedPerson } from './person.js';
import type { Renderer, ReportOptions } from './types.js';
import { configChanges, configLine, t, verdictLine } from './ui-text.js';
import { visible } from './visible.js';

const MARK: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };

/**
 * JUnit XML for CI dashboards: one testcase for the folder's verdict (it fails when the folder
 * is not ready), then one testcase per finding, as the batch report does. An unwaived error
 * fails its testcase (it is what makes the folder not ready); a warning, info or waived finding
 * passes and says what it found in its `<system-out>`; a rule that threw is a JUnit `<error>`
 * (the checker failed, not the folder). One testcase per rule that ran gave 80 testcases, 79 of
 * them "passed" for a profile that could not even be read (issue 14 item 20).
 */
export const renderJunit: Renderer = (result, options) => {
  const fails = (f: Finding) => f.severity === 'error' && f.waived === undefined;
  const shown = result.findings.filter((f) => !options.quiet || f.severity === 'error');
  let failures = result.ready ? 0 : 1;
  let errors = 0;
  const verdict = `    <testcase classname="${attr(visible(result.target))}" name="${attr(t(options.lang, 'junit.verdict'))}"`;
  const body: string[] = result.ready
    ? [`${verdict}/>`]
    : [
        `${verdict}>`,
        `      <failure message="${attr(verdictLine(result, options.lang))}" type="not-ready">${text(
          t(options.lang, 'report.summary', result.summary),
        )}</failure>`,
        '    </testcase>',
      ];
  for (const f of shown) {
    const crashed = f.rule === RULE_ERROR_ID ? f.args['rule'] : undefined;
    const rule = typeof crashed === 'string' && f.waived === undefined ? crashed : undefined;
    const name = [rule ?? f.rule, f.field ?? f.file].filter(Boolean).join(' ');
    body.push(
      `    <testcase classname="${attr(sectionOf(rule ?? f.rule, f))}" name="${attr(visible(name))}">`,
    );
    const detail = text(findingText(f, options));
    if (rule !== undefined) {
      errors++;
      body.push(
        `      <error message="${attr(summaryOf([f], options))}" type="${RULE_ERROR_ID}">${detail}</error>`,
      );
    } else if (fails(f)) {
      failures++;
      body.push(
        `      <failure message="${attr(summaryOf([f], options))}" type="error">${detail}</failure>`,
      );
    } else body.push(`      <system-out>${detail}</system-out>`);
    body.push('    </testcase>');
  }
  const tests = 1 + shown.length;

  const person = maskedPerson(result, options.showPii);
  const properties: [string, string][] = [
    ['version', options.version],
    ['target', result.target],
    ['today', result.today],
    ...(result.scope !== undefined ? [['scope', String(result.scope)] as [string, string]] : []),
    ['ready', String(result.ready)],
    ...(result.config !== undefined
      ? ([
          ['config', result.config.file],
          ['config.changes', configChanges(result.config, options.lang)],
        ] as [string, string][])
      : []),
    ...(person.name !== undefined ? [['person.name', person.name] as [string, string]] : []),
    ...(person.id_number !== undefined
      ? [['person.id_number', person.id_number] as [string, string]]
      : []),
  ];
  const counts = `tests="${tests}" failures="${failures}" errors="${errors}" skipped="0"`;
  const name = `ausm-check: ${visible(result.target)}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ausm-check" ${counts}>`,
    `  <testsuite name="${attr(name)}" ${counts}>`,
    '    <properties>',
    ...properties.map(
      ([k, v]) => `      <property name="${attr(k)}" value="${attr(visible(v))}"/>`,
    ),
    '    </properties>',
    ...body,
    `    <system-out>${text(suiteText(result, options))}</system-out>`,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

/** The rule's own section (`materials` for `file/empty`); the finding's for a rule not registered. */
function sectionOf(rule: string, f: Finding): string {
  return findRule(rule)?.section ?? f.section ?? rule.split('/')[0]!;
}

/** `基本信息 › 姓名 [basic.name] profile.yaml:4:3`; positions are always in the profile. */
function where(f: Finding, lang: Lang): string {
  const parts: string[] = [];
  if (f.field !== undefined) parts.push(`${fieldLabel(f.field, lang)} [${f.field}]`);
  const at = f.line !== undefined ? `:${f.line}:${f.column ?? 1}` : '';
  // A finding about the profile file itself (a syntax error) names it and carries the position.
  if (f.file !== undefined && f.field === undefined && at !== '') parts.push(`${f.file}${at}`);
  else {
    if (f.file !== undefined) parts.push(f.file);
    if (at !== '') parts.push(`profile.yaml${at}`);
  }
  return visible(parts.join(' '));
}

/** The `message` attribute: each finding's message and place on one line. */
function summaryOf(findings: readonly Finding[], options: ReportOptions): string {
  return findings
    .map((f) => {
      const message = visible(renderMessage(f, options).message);
      const at = where(f, options.lang);
      return at === '' ? message : `${message} (${at})`;
    })
    .join('; ');
}

function findingText(f: Finding, options: ReportOptions): string {
  const { lang } = options;
  const rendered = renderMessage(f, options);
  const head = `${MARK[f.severity]} ${t(lang, `severity.${f.severity}`)} [${visible(f.rule)}] ${where(f, lang)}`;
  const lines = [head.trimEnd(), `  ${visible(rendered.message)}`];
  if (f.waived !== undefined)
    lines.push(`  ${t(lang, 'waived.reason', { reason: visible(f.waived) })}`);
  else if (rendered.hint !== '') lines.push(`  → ${visible(rendered.hint)}`);
  return lines.join('\n');
}

/** The verdict, the materials and the checklist, for whoever opens the suite's output. */
function suiteText(result: Parameters<Renderer>[0], options: ReportOptions): string {
  const { lang } = options;
  const lines = [
    verdictLine(result, lang, options.maxWarnings),
    t(lang, 'report.summary', result.summary),
  ];
  if (result.config !== undefined) lines.push(visible(configLine(result.config, lang)));
  if (result.materials.length > 0) {
    lines.push('', t(lang, 'heading.materials'));
    for (const m of result.materials) {
      const files = m.files ?? (m.file !== undefined ? [m.file] : []);
      const parts = [
        t(lang, `status.${m.status}`),
        `${materialName(m.material)[lang]} [${m.field}]`,
        t(lang, m.required ? 'required.yes' : 'required.no'),
        ...(files.length > 0 ? [visible(files.join(', '))] : []),
      ];
      lines.push(`  ${parts.join(' · ')}`);
    }
  }
  if (result.checklist.length > 0) {
    lines.push('', t(lang, 'heading.checklist'));
    for (const item of result.checklist) lines.push(`  [ ] ${t(lang, `checklist.${item.id}`)}`);
  }
  return lines.join('\n');
}

/* XML 1.0 allows tab, LF, CR and everything from U+0020 except U+FFFE, U+FFFF and unpaired
 * surrogates. A YAML string or a file name can carry any of the others; they become U+FFFD. */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Element content. `\r` is a reference so that XML's line-end normalisation keeps it. */
export function text(s: string): string {
  return s.replace(NOT_XML_CHAR, '\ufffd').replace(/[&<>\r]/g, (c) => XML_ENTITIES[c]!);
}

/** A double-quoted attribute value; tabs and line breaks are references so they survive normalisation. */
export function attr(s: string): string {
  return s.replace(NOT_XML_CHAR, '\ufffd').replace(/[&<>"'\t\n\r]/g, (c) => XML_ENTITIES[c]!);
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
