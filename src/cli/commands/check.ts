import { realpath } from 'node:fs/promises';
import { checkFolder } from '../../check.js';
import type { CheckResult } from '../../engine/types.js';
import { getExitCode } from '../../report/exit-code.js';
import { RENDERERS } from '../../report/index.js';
import type { Format } from '../../report/types.js';
import { verdictLine } from '../../report/ui-text.js';
import { deepReaderFor, deepSpinner, reportingReads } from '../deep.js';
import { UsageError } from '../errors.js';
import { isFillable } from '../fillable.js';
import { appliedConfig, requireFolder, resolveConfig } from '../inputs.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import { quieten, refuseReportTarget, reportOptions, writeReport } from '../report-output.js';
import { cliText } from '../text.js';

/** Formats whose report is one document about one folder: several folders do not concatenate. */
const ONE_FOLDER_FORMATS: readonly Format[] = ['json', 'html', 'junit'];

/**
 * `check DIR…` (issue 14, item 25, as ESLint takes several files): every folder is checked and
 * reported in turn, and the exit code is the worst (`--max-warnings` counts all warnings together).
 * A folder that is missing stops the command before any check.
 */
export async function checkCommand(
  dir: string | readonly string[],
  opts: CommonOptions,
  io: Io,
): Promise<number> {
  const dirs = typeof dir === 'string' ? [dir] : dir;
  const format = (opts.format ?? 'pretty') as Format;
  if (dirs.length > 1 && ONE_FOLDER_FORMATS.includes(format))
    throw new UsageError(cliText(io.lang).severalFolders(format));
  const folders: string[] = [];
  for (const dir of dirs) folders.push(await requireFolder(dir, io));
  const protect = await Promise.all(folders.map((f) => realpath(f)));
  await refuseReportTarget(opts.output, io, protect);
  const options = reportOptions(opts, io);
  const results: CheckResult[] = [];
  const texts: string[] = [];
  const configs: Awaited<ReturnType<typeof resolveConfig>>[] = [];
  for (const [i, folder] of folders.entries()) {
    const config = await resolveConfig(folder, opts.config, io);
    const engines = await deepReaderFor(opts.deep === true || config?.deep === true, io);
    const spinner = engines && (await deepSpinner(io, opts.quiet));
    const deep = engines && spinner ? reportingReads(engines, spinner.onRead) : engines;
    const checked = await checkFolder(folder, {
      today: opts.today,
      config,
      ...(deep ? { deep } : {}),
    }).finally(() => spinner?.stop());
    const applied = appliedConfig(config, io);
    const result: CheckResult = applied ? { ...checked, config: applied } : checked;
    const shown: CheckResult = { ...quieten(result, opts.quiet), target: dirs[i]! };
    results.push(result);
    configs.push(config);
    texts.push(RENDERERS[format](shown, options));
  }
  const t = cliText(opts.lang);
  // Pretty and Markdown reports are set apart by a blank line; compact lines follow each other.
  const joined = texts.join(format === 'compact' ? '' : '\n');
  if (opts.output !== undefined) {
    await writeReport(opts.output, joined, io, protect);
    const verdicts = results.map((r) => verdictLine(r, opts.lang, opts.maxWarnings));
    if (dirs.length === 1) io.stdout(`${verdicts[0]} — ${t.wrote(opts.output)}\n`);
    else {
      for (const [i, verdict] of verdicts.entries()) io.stdout(`${dirs[i]}: ${verdict}\n`);
      io.stdout(`${t.wrote(opts.output)}\n`);
    }
  } else io.stdout(joined);
  if (format !== 'pretty' || opts.output !== undefined)
    return getExitCode(results, opts.maxWarnings);
  // In a terminal (never with --no-interactive, CI or a pipe): offer to fill the gaps of one folder now.
  if (
    dirs.length === 1 &&
    results[0]!.findings.some(isFillable) &&
    io.interactive &&
    opts.interactive
  ) {
    // Loaded only here: the prompts are not needed for a check in a pipe or CI.
    const { offerFill } = await import('../fill-session.js');
    const settings = {
      lang: opts.lang,
      today: opts.today,
      showPii: opts.showPii,
      config: configs[0]!,
      maxWarnings: opts.maxWarnings,
    };
    return offerFill(folders[0]!, dirs[0]!, settings, results[0]!, io);
  }
  for (const [i, result] of results.entries())
    if (result.findings.some(isFillable)) io.stdout(`\n${t.fillHint(dirs[i]!)}\n`);
  return getExitCode(results, opts.maxWarnings);
}
