// The checking part of a batch, shared by the `batch` command and the library's `checkBatch`.
import path from 'node:path';
import { checkFolder } from '../check.js';
import type { OrganisationConfig } from '../engine/config.js';
import { RULE_ERROR_ID } from '../engine/run.js';
import type { AppliedConfig, CheckResult } from '../engine/types.js';
import type { ImageConcurrency } from '../facts/collect.js';
import { DUPLICATE_ID_RULE } from '../messages/batch.js';
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
      try {
        const result = await checkFolder(path.join(rootDir, folder), {
          today: run.today,
          config: run.config,
          images: run.images,
        });
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

/** A folder whose check itself failed still gets a report: the batch goes on. */
function crashedReport(
  folder: string,
  today: string,
  error: unknown,
  config: AppliedConfig | undefined,
  lang: Lang,
): JsonReport {
  // A folder deleted or moved while the batch ran is said so, not as a raw ENOENT (issue 14 item 4).
  const t = cliText(lang);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? t.folderGone(folder)
      : t.folderFailed(
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
