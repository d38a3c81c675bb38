import type { CheckResult } from '../engine/types.js';
import { fieldLabel, renderMessage } from '../messages/format.js';
import { maskedPerson } from './person.js';
import type { ReportOptions, Renderer } from './types.js';
import { t } from './ui-text.js';

export interface JsonFinding {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly section: string;
  readonly field?: string;
  readonly label?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  readonly hint: string;
  readonly waived?: string;
}

/** The JSON report of cli.md: a stable contract (fields may be added, never renamed). */
export interface JsonReport {
  readonly tool: 'ausm-check';
  readonly version: string;
  readonly target: string;
  readonly today: string;
  readonly scope: number | null;
  readonly ready: boolean;
  readonly summary: { readonly error: number; readonly warning: number; readonly info: number };
  readonly findings: readonly JsonFinding[];
  readonly materials: CheckResult['materials'];
  readonly checklist: readonly {
    readonly id: string;
    readonly material: string;
    readonly text: string;
  }[];
  readonly person: { readonly name?: string; readonly id_number?: string };
}

export function jsonReport(result: CheckResult, options: ReportOptions): JsonReport {
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
