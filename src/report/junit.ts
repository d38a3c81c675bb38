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

interface Testcase {
  readonly rule: string;
  readonly findings: Finding[];
  /** `internal/rule-error` findings: the rule itself threw. */
  readonly crashes: Finding[];
}

/**
 * JUnit XML for CI dashboards: one testcase per rule that ran, so a dashboard shows which
 * checks passed as well as which failed. Only unwaived errors fail a testcase (they are what
 * makes the folder not ready); warnings, info and waived findings go to its `<system-out>`.
 * A rule that threw is a JUnit `<error>` (the checker failed, not the folder).
 */
export const renderJunit: Renderer = (result, options) => {
  const cases = new Map<string, Testcase>();
  const testcase = (rule: string): Testcase => {
    let c = cases.get(rule);
    if (!c) cases.set(rule, (c = { rule, findings: [], crashes: [] }));
    return c;
  };
  for (const rule of result.rulesRun) testcase(rule);
  for (const f of result.findings) {
    const crashed = f.rule === RULE_ERROR_ID ? f.args['rule'] : undefined;
    if (typeof crashed === 'string' && f.waived === undefined) testcase(crashed).crashes.push(f);
    else testcase(f.rule).findings.push(f);
  }

  let failures = 0;
  let errors = 0;
  const body: string[] = [];
  for (const c of cases.values()) {
    const fails = (f: Finding) => f.severity === 'error' && f.waived === undefined;
    const failing = c.findings.filter(fails);
    const quietly = c.findings.filter(
      (f) => !fails(f) && (!options.quiet || f.severity === 'error'),
    );
    const open = `    <testcase classname="${attr(sectionOf(c))}" name="${attr(c.rule)}"`;
    if (c.crashes.length === 0 && failing.length === 0 && quietly.length === 0) {
      body.push(`${open}/>`);
      continue;
    }
    body.push(`${open}>`);
    if (c.crashes.length > 0) {
      errors++;
      const all = [...c.crashes, ...failing];
      body.push(
        `      <error message="${attr(summaryOf(all, options))}" type="${RULE_ERROR_ID}">${text(
          all.map((f) => findingText(f, options)).join('\n'),
        )}</error>`,
      );
    } else if (failing.length > 0) {
      failures++;
      body.push(
        `      <failure message="${attr(summaryOf(failing, options))}" type="error">${text(
          failing.map((f) => findingText(f, options)).join('\n'),
        )}</failure>`,
      );
    }
    if (quietly.length > 0)
      body.push(
        `      <system-out>${text(quietly.map((f) => findingText(f, options)).join('\n'))}</system-out>`,
      );
    body.push(`    </testcase>`);
  }

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
  const counts = `tests="${cases.size}" failures="${failures}" errors="${errors}" skipped="0"`;
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

/** The rule's own section (`materials` for `file/empty`); the id's prefix for a rule not registered. */
function sectionOf(c: Testcase): string {
  return findRule(c.rule)?.section ?? c.findings[0]?.section ?? c.rule.split('/')[0]!;
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
