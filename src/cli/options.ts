import { type Command, InvalidArgumentError, Option } from 'commander';
import { parseDate, todayText } from '../profile/dates.js';
import { FORMATS } from '../report/types.js';
import type { Io } from './io.js';
import { cliText } from './text.js';

/** The options every checking command takes (cli.md, "Common options"), as commander parses them. */
export interface CommonOptions {
  readonly format?: string;
  readonly output?: string;
  readonly lang: 'zh' | 'en';
  readonly today: string;
  readonly showPii: boolean;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  readonly color: boolean;
  readonly interactive: boolean;
  readonly config?: string;
  /** `--deep`: read what the images show (documents.md). */
  readonly deep?: boolean;
}

export function parseToday(value: string): string {
  const d = parseDate(value);
  if (!d || d.monthOnly) throw new InvalidArgumentError('YYYY-MM-DD');
  return value;
}

export function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('1, 2, 3 …');
  return n;
}

export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('0, 1, 2 …');
  return n;
}

/** Options every checking command takes (cli.md, "Common options"). */
export function addCommonOptions(
  cmd: Command,
  io: Io,
  formats: readonly string[] = FORMATS,
): Command {
  const t = cliText(io.lang);
  return cmd
    .addOption(new Option('-f, --format <format>', t.optFormat).choices(formats))
    .option('-o, --output <file>', t.optOutput)
    .addOption(new Option('--lang <lang>', t.optLang).choices(['zh', 'en']).default(io.lang))
    .option('--today <date>', t.optToday, parseToday, todayText())
    .option('--show-pii', t.optShowPii, false)
    .option('--max-warnings <n>', t.optMaxWarnings, parseCount)
    .option('--quiet', t.optQuiet, false)
    .option('--no-color', t.optNoColor)
    .option('--no-interactive', t.optNoInteractive)
    .option('--config <file>', t.optConfig)
    .option('--deep', t.optDeep, false);
}
