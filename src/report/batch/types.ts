import type { AppliedConfig } from '../../engine/types.js';
import type { Lang } from '../../messages/types.js';
import type { JsonReport } from '../json.js';

export const BATCH_FORMATS = ['pretty', 'json', 'ndjson', 'csv', 'html', 'junit'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

export interface BatchResult {
  /** One JSON report per folder, in folder order; `target` is the folder's name. */
  readonly reports: readonly JsonReport[];
  /** Interrupted (Ctrl-C) before every folder was checked. */
  readonly interrupted?: { readonly total: number };
}

export interface BatchOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly version: string;
  /** Rule ids that ran (kept for callers; JUnit lists findings, not rules). */
  readonly rules: readonly string[];
  /**
   * Terminal columns for `pretty` when it writes to a terminal; absent when it writes to a file
   * or a pipe, where nothing is cut.
   */
  readonly width?: number;
  /** `--quiet`: `pretty` lists only the folders that are not ready (and the summary). */
  readonly quiet?: boolean;
  /** The ROOT as the user typed it (absent for `--merge`): the HTML report's header names it. */
  readonly root?: string;
}

/**
 * Batch renderers work on the JSON reports (already worded, already masked), so that
 * `batch --merge` can render any format from NDJSON pieces checked on other machines.
 */
export type BatchRenderer = (batch: BatchResult, options: BatchOptions) => string;

export function batchSummary(batch: BatchResult) {
  const ready = batch.reports.filter((r) => r.ready).length;
  return { folders: batch.reports.length, ready, not_ready: batch.reports.length - ready };
}

/** The configurations the reports were checked with, each once (merged shards may differ). */
export function batchConfigs(batch: BatchResult): AppliedConfig[] {
  const seen = new Map<string, AppliedConfig>();
  for (const r of batch.reports)
    if (r.config !== undefined) seen.set(JSON.stringify(r.config), r.config);
  return [...seen.values()];
}

export function firstError(report: JsonReport) {
  return report.findings.find((f) => f.severity === 'error' && f.waived === undefined);
}
