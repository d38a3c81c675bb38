// The options of the library's calls, checked and given their defaults in one place.
import type { Io } from '../cli/io.js';
import { UsageError } from '../cli/errors.js';
import { LANGS, type Lang } from '../messages/types.js';
import { parseDate, todayText } from '../profile/dates.js';
import { visible } from '../report/visible.js';
import { AusmCheckError } from './errors.js';
import { apiText } from './text.js';

/** The options of `checkFolder` (and `checkBatch`): the command line's common options. */
export interface CheckOptions {
  /** The date the rules compare against, `YYYY-MM-DD` (`--today`); default: today. */
  readonly today?: string;
  /** The language of messages and hints (`--lang`); default `'zh'`. */
  readonly lang?: Lang;
  /** ID numbers, phones and names in full (`--show-pii`); default masked as the platform does. */
  readonly showPii?: boolean;
  /** Errors only (`--quiet`); the summary still counts everything. */
  readonly quiet?: boolean;
  /**
   * The organisation configuration file (`--config`); default: `ausm-check.config.yaml` looked up
   * from the folder upwards (for `checkBatch`: from the root upwards); `false`: none.
   */
  readonly config?: string | false;
  /** What relative paths (the folder, `config`) are resolved against; default `process.cwd()`. */
  readonly cwd?: string;
  /**
   * `--deep`: read the documents and the face and compare them with the profile (documents.md);
   * default: the configuration's `deep`. Throws `deep-unavailable` (with the install command) when
   * the optional engine is not installed. The engines load once per process.
   */
  readonly deep?: boolean;
}

export interface Settled {
  readonly today: string;
  readonly lang: Lang;
  readonly showPii: boolean;
  readonly quiet: boolean;
  readonly config: string | false | undefined;
  readonly deep: boolean;
  readonly io: Io;
}

export function settle(options: CheckOptions): Settled {
  const lang = options.lang ?? 'zh';
  if (!LANGS.includes(lang))
    throw new AusmCheckError('bad-option', apiText('zh').lang(shown(lang)));
  const t = apiText(lang);
  const today = options.today ?? todayText();
  const date = typeof today === 'string' ? parseDate(today) : undefined;
  if (!date || date.monthOnly) throw new AusmCheckError('bad-option', t.today(shown(today)));
  return {
    today,
    lang,
    showPii: options.showPii === true,
    quiet: options.quiet === true,
    config: options.config,
    deep: options.deep === true,
    io: quietIo(lang, options.cwd ?? process.cwd()),
  };
}

/** A count option: undefined, or a whole number not below `min`. */
export function checkCount(value: unknown, min: number, say: (got: string) => string): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
    throw new AusmCheckError('bad-option', say(shown(value)));
}

/** The CLI's shared steps, run by the API: its usage errors become `AusmCheckError`s. */
export async function asApiError<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof UsageError)
      throw new AusmCheckError(error.code, error.message, { cause: error });
    throw error;
  }
}

export function shown(value: unknown): string {
  return visible(typeof value === 'string' ? value : String(value));
}

/**
 * The `Io` the CLI's shared steps (the folder, the configuration) read: its language and working
 * folder. The library never writes to stdout or stderr: a step that tried would be a bug, said so.
 */
function quietIo(lang: Lang, cwd: string): Io {
  const refuse = () => {
    throw new Error('ausm-check library: a step tried to write to the terminal');
  };
  return { stdout: refuse, stderr: refuse, lang, color: false, interactive: false, cwd, env: {} };
}
