// The checking part of a batch, shared by the `batch` command and the library's `checkBatch`.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { checkFolder } from '../check.js';
import type { OrganisationConfig } from '../engine/config.js';
import { RULE_ERROR_ID } from '../engine/run.js';
import type { AppliedConfig, CheckResult } from '../engine/types.js';
import type { ImageConcurrency } from '../facts/collect.js';
import { DUPLICATE_ID_RULE, FOLDER_GONE_RULE, folderGoneText } from '../messages/batch.js';
import { visible } from '../report/visible.js';
import type { DeepReader } from '../deep/types.js';
import type { Lang } from '../messages/types.js';
import { jsonReport, type JsonReport } from '../report/json.js';
import type { ReportOptions } from '../report/types.js';
import { cliText } from '../cli/text.js';
import { VERSION } from '../version.js';
import { withDuplicateId } from './duplicates.js';
import { runPool } from './pool.js';

export interface BatchRun {
  readonly today: string;
  readonly config: OrganisationConfig | undefined;
  /** What the reports say about the configuration (absent: none applied). */
  readonly applied: AppliedConfig | undefined;
  readonly report: ReportOptions;
  readonly jobs: number;
  readonly images: ImageConcurrency;
  /** `--deep`: the engines, loaded once for the whole batch. */
  readonly deep?: DeepReader;
  /** Stops scheduling folders (those in flight still finish). */
  readonly signal?: AbortSignal;
  /** `--quiet`: errors only in each report. */
  readonly shown: (result: CheckResult) => CheckResult;
  /** Each folder's report, as it finishes (completion order). */
  readonly onReport: (report: JsonReport) => void;
}

/**
 * Checks `folders` (relative to `rootDir`), `jobs` at once, and returns each folder's ID number,
 * for `batch/duplicate-id` once all are checked (never printed). A folder whose check fails still
 * gets a report: the batch goes on.
 */
export async function checkFolders(
  rootDir: string,
  folders: readonly string[],
  run: BatchRun,
): Promise<Map<string, unknown>> {
  const ids = new Map<string, unknown>();
  await runPool(
    folders,
    run.jobs,
    async (folder) => {
      const dir = path.join(rootDir, folder);
      try {
        const result = await checkFolder(dir, {
          today: run.today,
          config: run.config,
          images: run.images,
          ...(run.deep ? { deep: run.deep } : {}),
        });
        // Deleted or moved after discovery: its empty listing is not a missing profile.
        if (await gone(dir)) return goneReport(folder, run.today, run.applied, run.report.lang);
        ids.set(folder, result.person.id_number);
        return jsonReport(
          {
            ...run.shown(result),
            target: folder,
            ...(run.applied ? { config: run.applied } : {}),
          },
          run.report,
        );
      } catch (error) {
        if (await gone(dir)) return goneReport(folder, run.today, run.applied, run.report.lang);
        return crashedReport(folder, run.today, error, run.applied, run.report.lang);
      }
    },
    run.onReport,
    run.signal,
  );
  return ids;
}

/** Each report of a folder sharing its ID number with others gets `batch/duplicate-id`. */
export function flagDuplicateIds(
  reports: readonly JsonReport[],
  duplicates: ReadonlyMap<string, readonly string[]>,
  idOf: (report: JsonReport) => unknown,
  render: { readonly lang: Lang; readonly showPii: boolean },
): JsonReport[] {
  return reports.map((r) => {
    const others = duplicates.get(r.target);
    // A merged line its own batch flagged already keeps that finding (it names its folders).
    return others === undefined || r.findings.some((f) => f.rule === DUPLICATE_ID_RULE)
      ? r
      : withDuplicateId(r, others, idOf(r), render);
  });
}

/** The folder is no longer there (deleted, moved, or replaced by a file). */
async function gone(dir: string): Promise<boolean> {
  return stat(dir).then(
    (s) => !s.isDirectory(),
    (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR',
  );
}

/** A folder deleted or moved while the batch ran: `batch/folder-gone`, in words (issue 14 item 4). */
function goneReport(
  folder: string,
  today: string,
  config: AppliedConfig | undefined,
  lang: Lang,
): JsonReport {
  const t = folderGoneText(lang);
  const report = crashedReport(folder, today, undefined, config, lang);
  const finding = { ...report.findings[0]!, rule: FOLDER_GONE_RULE, hint: t.hint };
  return { ...report, findings: [{ ...finding, message: t.message(visible(folder)) }] };
}

/** A folder whose check itself failed still gets a report: the batch goes on. */
function crashedReport(
  folder: string,
  today: string,
  error: unknown,
  config: AppliedConfig | undefined,
  lang: Lang,
): JsonReport {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = cliText(lang).folderFailed(
    folder,
    code ?? (error instanceof Error ? error.message : String(error)).split('\n')[0]!,
  );
  return {
    tool: 'ausm-check',
    version: VERSION.number,
    target: folder,
    today,
    scope: null,
    ready: false,
    summary: { error: 1, warning: 0, info: 0 },
    findings: [{ rule: RULE_ERROR_ID, severity: 'error', section: 'profile', message, hint: '' }],
    materials: [],
    checklist: [],
    person: {},
    ...(config ? { config } : {}),
  };
}
