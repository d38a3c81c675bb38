import type { CheckResult } from '../engine/types.js';
import { fieldLabel, renderMessage } from '../messages/format.js';
import { maskedPerson } from './person.js';
import type { ReportOptions, Renderer } from './types.js';
import { t } from './ui-text.js';

/** The JSON report object of cli.md: a stable contract (fields may be added, never renamed). */
export function jsonReport(result: CheckResult, options: ReportOptions): Record<string, unknown> {
  const render = { lang: options.lang, showPii: options.showPii };
  return {
    tool: 'ausm-check',
    version: options.version,
    target: result.target,
    today: result.today,
    scope: result.scope ?? null,
    ready: result.ready,
    summary: result.summary,
    findings: result.findings.map((f) => {
      const { message, hint } = renderMessage(f, render);
      return {
        rule: f.rule,
        severity: f.severity,
        section: f.section,
        ...(f.field !== undefined
          ? { field: f.field, label: fieldLabel(f.field, options.lang) }
          : {}),
        ...(f.file !== undefined ? { file: f.file } : {}),
        ...(f.line !== undefined ? { line: f.line, column: f.column } : {}),
        message,
        hint,
        ...(f.waived !== undefined ? { waived: f.waived } : {}),
      };
    }),
    materials: result.materials,
    checklist: result.checklist.map((c) => ({ ...c, text: t(options.lang, `checklist.${c.id}`) })),
    person: maskedPerson(result, options.showPii),
  };
}

export const renderJson: Renderer = (result, options) =>
  JSON.stringify(jsonReport(result, options), null, 2) + '\n';
