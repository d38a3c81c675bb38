// How the checking commands (`check`, `batch`) shape and write their reports.
import path from 'node:path';
import type { CheckResult } from '../engine/types.js';
import type { ReportOptions } from '../report/types.js';
import { planWrite, writeFileAtomic, type WriteOptions } from '../util/write-atomic.js';
import { VERSION } from '../version.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import type { CommonOptions } from './options.js';
import { writeFailure } from './text.js';

export function reportOptions(opts: CommonOptions, io: Io): ReportOptions {
  return {
    lang: opts.lang,
    showPii: opts.showPii,
    // Colour only for the terminal report on stdout: never into `-o` files or other formats.
    color:
      io.color && opts.color && opts.output === undefined && (opts.format ?? 'pretty') === 'pretty',
    quiet: opts.quiet,
    version: VERSION.number,
    ...(opts.maxWarnings !== undefined ? { maxWarnings: opts.maxWarnings } : {}),
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
