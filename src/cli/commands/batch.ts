import { readFile, realpath } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  MAX_DEPTH,
  RootUnreadableError,
  TooManyEntriesError,
  discoverFolders,
  inShard,
  parseShard,
} from '../../batch/discover.js';
import { duplicateIds, duplicateIdsInReports } from '../../batch/duplicates.js';
import { checkFolders, flagDuplicateIds } from '../../batch/run.js';
import { effectiveSeverity } from '../../engine/run.js';
import { BATCH_RENDERERS } from '../../report/batch/index.js';
import { renderFindingsCsv } from '../../report/batch/csv.js';
import { batchText } from '../../report/batch/text.js';
import { batchSummary, type BatchFormat, type BatchResult } from '../../report/batch/types.js';
import { getExitCode } from '../../report/exit-code.js';
import { jsonReportSchema, type JsonReport } from '../../report/json.js';
import { visible } from '../../report/visible.js';
import { RULES } from '../../rules/index.js';
import { naturalCompare } from '../../util/compare.js';
import { Limiter } from '../../util/limiter.js';
import { VERSION } from '../../version.js';
import { batchCliText } from '../batch-text.js';
import { deepReaderFor, hasWidth, reportingReads } from '../deep.js';
import { UsageError } from '../errors.js';
import { appliedConfig, requireFolder, resolveConfig } from '../inputs.js';
import { EXIT, type Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import { quieten, refuseReportTarget, reportOptions, writeReport } from '../report-output.js';
import { commandName } from '../command-name.js';
import { cliText, readErrorText, schemaIssueText } from '../text.js';
import { findProfile } from '../../facts/profile.js';

export interface BatchCommandOptions extends CommonOptions {
  readonly jobs?: number;
  readonly shard?: string;
  readonly merge?: readonly string[];
  readonly findingsCsv?: string;
  readonly template?: boolean;
  readonly templateOut?: string;
  /** With --template: replace proofs already in the output folder (as `template --overwrite`). */
  readonly overwrite?: boolean;
}

/** `batch ROOT`: every applicant folder under ROOT, `--jobs` at once in this one process. */
export async function batchCommand(
  root: string | undefined,
  opts: BatchCommandOptions,
  io: Io,
): Promise<number> {
  const format = (opts.format ?? 'pretty') as BatchFormat;
  const rules = RULES.map((r) => r.id);
  if (opts.overwrite === true && opts.template !== true)
    throw new UsageError(batchCliText(io.lang).overwriteWithoutTemplate);
  if (opts.merge !== undefined && opts.merge.length > 0) {
    // ROOT would be silently ignored: refuse the mix (issue 14, item 22).
    if (root !== undefined)
      throw new UsageError(batchCliText(io.lang).rootWithMerge(visible(root)));
    // A merged report never replaces one of the files it merges.
    const inputs = await realpaths(opts.merge.map((f) => path.resolve(io.cwd, f)));
    await refuseReportTargets(opts, io, inputs);
    const reports = await readNdjson(opts.merge, io);
    // Checking nothing is not a pass: files holding no report at all are exit 2 (item 22).
    if (reports.length === 0)
      throw new UsageError(batchCliText(io.lang).mergeNothing(opts.merge.length));
    const merged = flagDuplicateIds(
      reports,
      duplicateIdsInReports(reports),
      (r) => r.person.id_number,
      opts,
    );
    return finish(
      { reports: merged.sort((a, b) => naturalCompare(a.target, b.target)) },
      format,
      opts,
      io,
      rules,
      false,
      inputs,
    );
  }
  if (root === undefined)
    throw new UsageError(
      io.lang === 'en'
        ? 'batch needs ROOT (or --merge FILES)'
        : 'batch 需要 ROOT 文件夹（或 --merge 文件）',
    );
  const rootDir = await requireFolder(root, io);
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  if (opts.shard !== undefined && !shard) {
    const [k = '', n = ''] = opts.shard.trim().split('/');
    throw new UsageError(cliText(io.lang).badShard(opts.shard, k, n));
  }
  // One applicant's folder given to batch: it is check that was meant (issue 14 item 7).
  if ((await findProfile(rootDir)) !== undefined)
    throw new UsageError(cliText(io.lang).wrongCommandCheck(commandName(io), root));
  const applicants = await discoverRoot(rootDir, root, io);
  const folders = inShard(applicants, shard);
  // A report never lands in an applicant folder (issue 13, item 4), whichever shard runs.
  const protect = await realpaths(applicants.map((f) => path.join(rootDir, f)));
  await refuseReportTargets(opts, io, protect);
  // "Nothing checked" is an error for the whole batch only: an empty shard of a batch that has
  // folders is a success with an empty, valid report, so that a CI matrix wider than the batch
  // passes (issue 14, item 21).
  if (applicants.length === 0)
    throw new UsageError(
      io.lang === 'en'
        ? `no applicant folder (a sub-folder holding profile.yaml or images) in ${root}`
        : `${root} 中没有申请人文件夹（含 profile.yaml 或图片的子文件夹）`,
    );
  if (folders.length === 0)
    io.stderr(`${batchCliText(io.lang).emptyShard(opts.shard ?? '', applicants.length)}\n`);
  // From ROOT upwards (or --config): a configuration inside an employee's folder never applies.
  const config = await resolveConfig(rootDir, opts.config, io);
  const applied = appliedConfig(config, io);
  const enabled = RULES.filter((r) => effectiveSeverity(r, config) !== 'off').map((r) => r.id);
  const options = reportOptions(opts, io);
  const jobs = opts.jobs ?? Math.max(1, os.availableParallelism());
  // `--jobs` bounds the image work too, not only the folders: `--jobs 1` checks one file at a time
  // and keeps to one core (a shared CI runner); N folders at once decode at most N images at once,
  // each reading ahead up to 4 files so that no decode slot waits for a read (measured: 25 s
  // instead of 30 s for 500 bench folders at --jobs 2).
  const images = { filesInFlight: jobs === 1 ? 1 : 4, decodes: new Limiter(jobs) };
  // The engines load once for the whole batch; `--jobs` bounds how many images they read at once.
  const engines = await deepReaderFor(opts.deep === true || config?.deep === true, io, jobs);
  // Reading takes seconds an image: the progress line counts the images read so far.
  let imagesRead = 0;
  let redraw = () => {};
  const deep =
    engines &&
    reportingReads(engines, () => {
      imagesRead++;
      redraw();
    });

  const abort = new AbortController();
  const stopListening = io.onInterrupt?.(() => abort.abort());
  const progress = await startProgress(folders.length, opts, io, () =>
    deep ? imagesRead : undefined,
  );
  progress?.update(0, 0);
  const done: JsonReport[] = [];
  let notReady = 0;
  redraw = () => progress?.update(done.length, notReady);
  const ndjsonOut = format === 'ndjson' && opts.output === undefined;
  // Streamed NDJSON is not rendered again at the end: unless --template or --findings-csv reads
  // the findings, each report is kept as its verdict and counts only, so that memory does not
  // grow with the number of folders (docs/benchmark.md, "Batch").
  const keepFindings = !ndjsonOut || opts.template === true || opts.findingsCsv !== undefined;
  // Each folder's ID number, compared once all are checked (batch/duplicate-id); never printed.
  let ids = new Map<string, unknown>();
  try {
    ids = await checkFolders(rootDir, folders, {
      today: opts.today,
      config,
      applied,
      report: options,
      jobs,
      images,
      ...(deep ? { deep } : {}),
      signal: abort.signal,
      shown: (result) => quieten(result, opts.quiet),
      onReport: (report) => {
        done.push(keepFindings ? report : verdictOnly(report));
        if (!report.ready) notReady++;
        if (ndjsonOut) io.stdout(JSON.stringify(report) + '\n');
        progress?.update(done.length, notReady);
      },
    });
  } finally {
    stopListening?.();
    progress?.stop();
  }
  // The same ID number in several folders (a copied folder, a pasted number): a batch-level error
  // on each, added once all are checked. Streamed NDJSON lines are already out: the finding goes
  // to stderr and the exit code there, and `--merge` finds it again (also across shards).
  const duplicates = duplicateIds([...ids].map(([target, id]) => ({ target, id })));
  const flagged = flagDuplicateIds(done, duplicates, (r) => ids.get(r.target), opts);
  if (ndjsonOut)
    for (const r of flagged)
      if (duplicates.has(r.target)) io.stderr(`${visible(r.target)}: ${r.findings[0]!.message}\n`);
  const reports = flagged.sort((a, b) => naturalCompare(a.target, b.target));
  const batch: BatchResult = abort.signal.aborted
    ? { reports, interrupted: { total: folders.length } }
    : { reports };
  if (opts.template) {
    const { writeBatchTemplates } = await import('../batch-template.js');
    const out = path.resolve(io.cwd, opts.templateOut ?? path.join(root, 'work-proofs'));
    await writeBatchTemplates(rootDir, reports, out, opts.today, io, opts.overwrite === true);
  }
  const code = await finish(batch, format, opts, io, enabled, ndjsonOut, protect, root);
  return abort.signal.aborted ? EXIT.interrupted : code;
}

async function finish(
  batch: BatchResult,
  format: BatchFormat,
  opts: BatchCommandOptions,
  io: Io,
  rules: readonly string[],
  alreadyStreamed = false,
  protect: readonly string[] = [],
  root?: string,
): Promise<number> {
  const text = alreadyStreamed
    ? ''
    : BATCH_RENDERERS[format](batch, {
        lang: opts.lang,
        color: reportOptions(opts, io).color,
        version: VERSION.number,
        rules,
        // Cut to the terminal's width only when the table goes to a terminal (issue 14 item 15).
        width: opts.output === undefined ? io.columns : undefined,
        quiet: opts.quiet,
        root,
      });
  const s = batchSummary(batch);
  const summary = batchText(opts.lang).summary(s.folders, s.ready, s.not_ready);
  if (opts.output !== undefined) {
    await writeReport(opts.output, text, io, protect);
    io.stdout(`${summary} — ${cliText(opts.lang).wrote(opts.output)}\n`);
  } else if (!alreadyStreamed) io.stdout(text);
  if (opts.findingsCsv !== undefined)
    await writeReport(opts.findingsCsv, renderFindingsCsv(batch.reports, opts.lang), io, protect);
  return getExitCode(batch.reports, opts.maxWarnings);
}

async function refuseReportTargets(
  opts: BatchCommandOptions,
  io: Io,
  protect: readonly string[],
): Promise<void> {
  await refuseReportTarget(opts.output, io, protect);
  await refuseReportTarget(opts.findingsCsv, io, protect);
}

/** The real paths of those that exist. */
async function realpaths(files: readonly string[]): Promise<string[]> {
  const real = await Promise.all(files.map((f) => realpath(f).catch(() => undefined)));
  return real.filter((f): f is string => f !== undefined);
}

/** The applicant folders; what discovery did not look into is said on stderr, never skipped silently. */
async function discoverRoot(rootDir: string, root: string, io: Io): Promise<string[]> {
  let found;
  try {
    found = await discoverFolders(rootDir);
  } catch (error) {
    if (error instanceof TooManyEntriesError)
      throw new UsageError(batchCliText(io.lang).tooManyEntries(visible(root), error.limit));
    if (!(error instanceof RootUnreadableError)) throw error;
    throw new UsageError(cliText(io.lang).cannotListDir(root, error.permission, error.code ?? ''));
  }
  const t = batchCliText(io.lang);
  for (const skipped of found.notFollowed)
    io.stderr(`${t.notFollowed(visible(skipped.path), skipped.why, MAX_DEPTH)}\n`);
  return found.folders;
}

/** What the end of a streamed batch still needs of a report: its target, verdict and counts. */
function verdictOnly(report: JsonReport): JsonReport {
  return { ...report, findings: [], materials: [], checklist: [], person: {} };
}

/**
 * The reports of `--merge`: every line validated against the JSON report's schema (a line that is
 * not one is exit 2, naming the file and line), each folder at most once, and each verdict
 * recomputed from the line's own counts and findings, so that no line can claim `ready` over its
 * errors.
 */
async function readNdjson(files: readonly string[], io: Io): Promise<JsonReport[]> {
  const t = cliText(io.lang);
  const reports: JsonReport[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(path.resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(t.mergeUnreadable(visible(file), readErrorText(error, io.lang)));
    }
    // A file saved by a Windows editor starts with a byte-order mark: not part of the first line.
    if (text.startsWith('\uFEFF')) text = text.slice(1);
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const at = `${visible(file)}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new UsageError(t.mergeNotJson(at));
      }
      const parsed = jsonReportSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const where = issue.path.map(String).join('.') || '(root)';
        throw new UsageError(t.mergeInvalid(at, visible(where), schemaIssueText(issue, io.lang)));
      }
      const report = parsed.data;
      const first = seen.get(report.target);
      if (first !== undefined)
        throw new UsageError(t.mergeDuplicate(visible(report.target), first, at));
      seen.set(report.target, at);
      reports.push(withVerdict(report));
    });
  }
  return reports;
}

/**
 * A merged line's verdict from its own data: never ready with an error counted or an unwaived
 * error finding listed, whatever its `ready` says (a line can only lose `ready`, never gain it).
 */
function withVerdict(report: JsonReport): JsonReport {
  const listed = report.findings.filter((f) => f.severity === 'error' && f.waived === undefined);
  const error = Math.max(report.summary.error, listed.length);
  return { ...report, summary: { ...report.summary, error }, ready: report.ready && error === 0 };
}

interface Progress {
  update(done: number, notReady: number): void;
  stop(): void;
}

/** Folders done / total, not ready so far, elapsed and remaining time, on stderr in a terminal only. */
async function startProgress(
  total: number,
  opts: BatchCommandOptions,
  io: Io,
  /** `--deep`: images read so far (undefined without it). */
  imagesRead: () => number | undefined,
): Promise<Progress | undefined> {
  if (opts.quiet || io.progress === undefined || io.env['CI'] || !hasWidth(io.progress))
    return undefined;
  const { default: ora } = await import('ora');
  const started = Date.now();
  // `discardStdin: false`: ora's default puts stdin in raw mode (`-isig`), where Ctrl-C is no
  // longer a SIGINT and the batch could not be stopped (issue 14, item 14).
  const spinner = ora({ stream: io.progress, text: '', discardStdin: false }).start();
  const zh = opts.lang === 'zh';
  return {
    update(done, notReady) {
      const elapsed = (Date.now() - started) / 1000;
      const remaining = done > 0 ? (elapsed / done) * (total - done) : 0;
      const read = imagesRead();
      spinner.text = zh
        ? `已检查 ${done}/${total}，尚不可提交 ${notReady}${read === undefined ? '' : `，--deep 已读取图片 ${read}`}，用时 ${elapsed.toFixed(0)} 秒${done > 0 ? `，预计还需 ${remaining.toFixed(0)} 秒` : ''}`
        : `${done}/${total} checked, ${notReady} not ready${read === undefined ? '' : `, --deep read ${read} image(s)`}, ${elapsed.toFixed(0)} s elapsed${done > 0 ? `, ~${remaining.toFixed(0)} s left` : ''}`;
    },
    stop() {
      spinner.stop();
    },
  };
}
