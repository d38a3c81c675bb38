import type { DeepSummary } from '../deep/summary.js';
import { z } from 'zod';
import {
  SEVERITIES,
  type AppliedConfig,
  type CheckResult,
  type MaterialKind,
} from '../engine/types.js';
import { fieldLabel, renderMessage } from '../messages/format.js';
import { MATERIAL_NAMES } from '../messages/materials.js';
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
  /** The organisation configuration that applied; absent when none did. */
  readonly config?: AppliedConfig;
  /** What `--deep` read; absent when it did not run. */
  readonly deep?: DeepSummary;
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
    ...(result.config !== undefined ? { config: result.config } : {}),
    ...(result.deep !== undefined ? { deep: result.deep } : {}),
  };
}

export const renderJson: Renderer = (result, options) =>
  JSON.stringify(jsonReport(result, options), null, 2) + '\n';

const count = z.number().int().nonnegative();
const position = z.number().int().positive();

/**
 * A JSON report read back (`batch --merge`): what `jsonReport` writes, checked before anything is
 * rendered from it, so that a line edited by hand or by an attacker cannot put markup or a
 * wrong verdict into a report. Objects are not strict: a newer version may add fields (they are
 * dropped), never rename them.
 */
export const jsonReportSchema = z.object({
  tool: z.literal('ausm-check'),
  version: z.string(),
  target: z.string(),
  today: z.string(),
  scope: z.number().int().min(1).max(5).nullable(),
  ready: z.boolean(),
  summary: z.object({ error: count, warning: count, info: count }),
  findings: z.array(
    z.object({
      rule: z.string(),
      severity: z.enum(SEVERITIES),
      section: z.string(),
      field: z.string().optional(),
      label: z.string().optional(),
      file: z.string().optional(),
      line: position.optional(),
      column: position.optional(),
      message: z.string(),
      hint: z.string(),
      waived: z.string().optional(),
    }),
  ),
  materials: z.array(
    z.object({
      material: z.enum(Object.keys(MATERIAL_NAMES) as [MaterialKind, ...MaterialKind[]]),
      field: z.string(),
      file: z.string().optional(),
      files: z.array(z.string()).optional(),
      required: z.boolean(),
      status: z.enum(['ok', 'missing', 'invalid', 'not-needed']),
    }),
  ),
  checklist: z.array(
    z.object({
      id: z.string(),
      material: z.string(),
      text: z.string(),
    }),
  ),
  person: z.object({ name: z.string().optional(), id_number: z.string().optional() }),
  config: z
    .object({
      file: z.string(),
      rules: z.record(z.string(), z.enum([...SEVERITIES, 'off'])),
      waivers: count,
    })
    .optional(),
  deep: z
    .object({
      images: z.array(
        z.object({
          file: z.string(),
          as: z.enum([
            'work-proof',
            'diploma',
            'degree',
            'certificate',
            'id-front',
            'id-back',
            'face',
          ]),
          read: z.boolean(),
        }),
      ),
    })
    .optional(),
}) satisfies z.ZodType<JsonReport>;
