import os from 'node:os';
import {
  discoverFolders,
  inShard,
  type NotFollowed,
  parseShard,
  RootUnreadableError,
  TooManyEntriesError,
} from '../batch/discover.js';
import { duplicateIds } from '../batch/duplicates.js';
import { checkFolders, flagDuplicateIds } from '../batch/run.js';
import { deepReaderFor } from '../cli/deep.js';
import { batchCliText } from '../cli/batch-text.js';
import { appliedConfig, requireFolder, resolveConfig } from '../cli/inputs.js';
import { quieten } from '../cli/report-output.js';
import { cliText } from '../cli/text.js';
import { findProfile } from '../facts/profile.js';
import { batchSummary } from '../report/batch/types.js';
import type { JsonReport } from '../report/json.js';
import { naturalCompare } from '../util/compare.js';
import { Limiter } from '../util/limiter.js';
import { VERSION } from '../version.js';
import { AusmCheckError } from './errors.js';
import { asApiError, checkCount, settle, shown, type CheckOptions } from './options.js';
import { apiText } from './text.js';

export interface BatchOptions extends CheckOptions {
  /** Folders checked at once (`--jobs`); default the number of CPUs. */
  readonly jobs?: number;
  /** `K/N`: only the K-th of N stable slices of the folders (`--shard`). */
  readonly shard?: string;
  /** Stops scheduling folders; the result then says `interrupted` and holds those checked. */
  readonly signal?: AbortSignal;
  /** Each folder's report as soon as it is checked (completion order; no `batch/duplicate-id` yet). */
  readonly onReport?: (report: JsonReport) => void;
}

/** `ausm-check batch ROOT --format json`: every folder's report, sorted by folder. */
export interface BatchReport {
  readonly tool: 'ausm-check';
  readonly version: string;
  readonly summary: {
    readonly folders: number;
    readonly ready: number;
    readonly not_ready: number;
  };
  /** Present when `signal` stopped the batch before every folder was checked. */
  readonly interrupted?: true;
  /** With `interrupted`: how many folders there were to check. */
  readonly total?: number;
  readonly reports: readonly JsonReport[];
  /**
   * What was not looked into (the command line says it on stderr): a link (never followed), or
   * sub-folders deeper than 3 levels. Present only when there is any.
   */
  readonly notFollowed?: readonly NotFollowed[];
}

/** The language each batch `checkBatch` returned was checked in: `formatReport`'s default. */
export const BATCH_LANG = new WeakMap<BatchReport, 'zh' | 'en'>();

/**
 * Checks every applicant folder under `root`, as `ausm-check batch ROOT --format json` does:
 * department folders looked into, the same ID number in several folders flagged
 * (`batch/duplicate-id`), a folder whose check fails reported as `internal/rule-error`.
 */
export async function checkBatch(root: string, options: BatchOptions = {}): Promise<BatchReport> {
  const o = settle(options);
  const t = cliText(o.lang);
  checkCount(options.jobs, 1, apiText(o.lang).jobs);
  const rootDir = await asApiError(() => requireFolder(root, o.io));
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (options.shard !== undefined && !shard) {
    const [k = '', n = ''] = String(options.shard).trim().split('/');
    throw new AusmCheckError('bad-option', t.badShard(shown(options.shard), k, n));
  }
  if ((await findProfile(rootDir)) !== undefined)
    throw new AusmCheckError(
      'applicant-folder-given',
      apiText(o.lang).applicantFolder(shown(root)),
    );
  const { folders: applicants, notFollowed } = await discover(rootDir, root, o.lang);
  if (applicants.length === 0)
    throw new AusmCheckError(
      'no-applicant-folder',
      o.lang === 'en'
        ? `no applicant folder (a sub-folder holding profile.yaml or images) in ${shown(root)}`
        : `${shown(root)} 中没有申请人文件夹（含 profile.yaml 或图片的子文件夹）`,
    );
  const folders = inShard(applicants, shard);
  const config =
    o.config === false
      ? undefined
      : await asApiError(() => resolveConfig(rootDir, o.config || undefined, o.io));
  const applied = appliedConfig(config, o.io);
  const jobs = options.jobs ?? Math.max(1, os.availableParallelism());
  const done: JsonReport[] = [];
  const deep = await asApiError(() => deepReaderFor(o.deep || config?.deep === true, o.io, jobs));
  const ids = await checkFolders(rootDir, folders, {
    today: o.today,
    config,
    applied,
    report: {
      lang: o.lang,
      showPii: o.showPii,
      color: false,
      quiet: o.quiet,
      version: VERSION.number,
    },
    jobs,
    // As the CLI's batch: `jobs` bounds the image decodes too (src/cli/commands/batch.ts).
    images: { filesInFlight: jobs === 1 ? 1 : 4, decodes: new Limiter(jobs) },
    ...(deep ? { deep } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    shown: (result) => quieten(result, o.quiet),
    onReport: (report) => {
      done.push(report);
      options.onReport?.(report);
    },
  });
  const duplicates = duplicateIds([...ids].map(([target, id]) => ({ target, id })));
  const reports = flagDuplicateIds(done, duplicates, (r) => ids.get(r.target), o).sort((a, b) =>
    naturalCompare(a.target, b.target),
  );
  const batch: BatchReport = {
    tool: 'ausm-check',
    version: VERSION.number,
    summary: batchSummary({ reports }),
    ...(options.signal?.aborted ? { interrupted: true as const, total: folders.length } : {}),
    reports,
    ...(notFollowed.length > 0 ? { notFollowed } : {}),
  };
  BATCH_LANG.set(batch, o.lang);
  return batch;
}

async function discover(rootDir: string, root: string, lang: 'zh' | 'en') {
  try {
    return await discoverFolders(rootDir);
  } catch (error) {
    if (error instanceof TooManyEntriesError)
      throw new AusmCheckError(
        'root-unreadable',
        batchCliText(lang).tooManyEntries(shown(root), error.limit),
      );
    if (!(error instanceof RootUnreadableError)) throw error;
    throw new AusmCheckError(
      'root-unreadable',
      cliText(lang).cannotListDir(shown(root), error.permission, error.code ?? ''),
    );
  }
}
