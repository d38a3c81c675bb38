import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkFolder } from '../../check.js';
import {
  ConfigError,
  describeConfig,
  findConfig,
  loadConfig,
  type OrganisationConfig,
} from '../../engine/config.js';
import { RULE_ERROR_ID, UNUSED_WAIVER_ID } from '../../engine/run.js';
import type { AppliedConfig, CheckResult } from '../../engine/types.js';
import { getExitCode } from '../../report/exit-code.js';
import { RENDERERS } from '../../report/index.js';
import type { Format, ReportOptions } from '../../report/types.js';
import { verdictLine } from '../../report/ui-text.js';
import { findRule, RULES } from '../../rules/index.js';
import { planWrite, writeFileAtomic, type WriteOptions } from '../../util/write-atomic.js';
import { VERSION } from '../../version.js';
import { EXIT, type Io } from '../io.js';
import type { CommonOptions } from '../program.js';
import { UsageError } from '../program.js';
import { cliText, writeFailure } from '../text.js';

export async function requireFolder(dir: string, io: Io): Promise<string> {
  const t = cliText(io.lang);
  const full = path.resolve(io.cwd, dir);
  let info;
  try {
    info = await stat(full);
  } catch {
    throw new UsageError(t.noSuchDir(dir));
  }
  if (!info.isDirectory()) throw new UsageError(t.notADir(dir));
  return full;
}

export async function resolveConfig(
  folder: string,
  given: string | undefined,
  io: Io,
): Promise<OrganisationConfig | undefined> {
  const file = given !== undefined ? path.resolve(io.cwd, given) : await findConfig(folder);
  if (file === undefined) return undefined;
  try {
    return await loadConfig(file, ['internal/rule-error', ...RULES.map((r) => r.id)]);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** What the reports say about the configuration that applied (issue 13 item 7). */
export function appliedConfig(
  config: OrganisationConfig | undefined,
  io: Io,
): AppliedConfig | undefined {
  if (config === undefined) return undefined;
  const defaults: Record<string, 'error' | 'warning'> = {
    [RULE_ERROR_ID]: 'error',
    [UNUSED_WAIVER_ID]: 'warning',
  };
  return describeConfig(config, (id) => findRule(id)?.severity ?? defaults[id], io.cwd);
}

export function reportOptions(opts: CommonOptions, io: Io): ReportOptions {
  return {
    lang: opts.lang,
    showPii: opts.showPii,
    color: io.color && opts.color && !('NO_COLOR' in io.env),
    quiet: opts.quiet,
    version: VERSION.number,
  };
}

/** `--quiet`: errors only, in every format; the summary still counts everything. */
export function quieten(result: CheckResult, quiet: boolean): CheckResult {
  return quiet
    ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') }
    : result;
}

/**
 * How a report is written (issue 13, item 4): never into `protect` (the real paths of the folders
 * checked, and the files read), a device or FIFO (`/dev/stdout`) written in place, a regular file
 * replaced atomically with its mode kept, a read-only one refused.
 */
function reportWrite(protect: readonly string[]): WriteOptions {
  return { special: 'in-place', protect };
}

export async function writeReport(
  file: string,
  text: string,
  io: Io,
  protect: readonly string[] = [],
): Promise<void> {
  try {
    await writeFileAtomic(path.resolve(io.cwd, file), text, reportWrite(protect));
  } catch (error) {
    throw new UsageError(writeFailure(file, error, io.lang));
  }
}

/** Refuses a report path before the check runs, so that a refusal never waits for the check. */
export async function refuseReportTarget(
  file: string | undefined,
  io: Io,
  protect: readonly string[],
): Promise<void> {
  if (file === undefined) return;
  try {
    await planWrite(path.resolve(io.cwd, file), reportWrite(protect));
  } catch (error) {
    throw new UsageError(writeFailure(file, error, io.lang));
  }
}

export async function checkCommand(dir: string, opts: CommonOptions, io: Io): Promise<number> {
  const folder = await requireFolder(dir, io);
  const protect = [await realpath(folder)];
  await refuseReportTarget(opts.output, io, protect);
  const config = await resolveConfig(folder, opts.config, io);
  const checked = await checkFolder(folder, { today: opts.today, config });
  const applied = appliedConfig(config, io);
  const result: CheckResult = applied ? { ...checked, config: applied } : checked;
  const shown: CheckResult = { ...quieten(result, opts.quiet), target: dir };
  const options = reportOptions(opts, io);
  const format = (opts.format ?? 'pretty') as Format;
  const text = RENDERERS[format](shown, options);
  if (opts.output !== undefined) {
    await writeReport(opts.output, text, io, protect);
    io.stdout(`${verdictLine(shown, opts.lang)} — ${cliText(opts.lang).wrote(opts.output)}\n`);
  } else io.stdout(text);
  if (format === 'pretty' && opts.output === undefined && result.findings.some(isFillable)) {
    // In a terminal (never with --no-interactive, CI or a pipe): offer to fill the gaps now.
    if (io.interactive && opts.interactive) {
      const { offerFill } = await import('./fill.js');
      const settings = {
        lang: opts.lang,
        today: opts.today,
        showPii: opts.showPii,
        config,
        maxWarnings: opts.maxWarnings,
      };
      return offerFill(folder, dir, settings, result, io);
    }
    io.stdout(`\n${cliText(opts.lang).fillHint(dir)}\n`);
  }
  return getExitCode([result], opts.maxWarnings) === 0 ? EXIT.ok : EXIT.notReady;
}

/** A finding that an answer typed at a prompt can fix (a missing or wrong profile value). */
export function isFillable(f: CheckResult['findings'][number]): boolean {
  return (
    f.severity === 'error' &&
    f.waived === undefined &&
    f.field !== undefined &&
    f.rule !== 'profile/parse' &&
    !f.rule.startsWith('material/') &&
    !f.rule.startsWith('photo/') &&
    !f.rule.startsWith('file/') &&
    !f.rule.startsWith('attachment/')
  );
}
