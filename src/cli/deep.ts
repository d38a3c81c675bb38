import { DeepEngineMissing } from '../deep/errors.js';
import type { DeepReader } from '../deep/types.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { visible } from '../report/visible.js';
import { cliText } from './text.js';

/**
 * The `--deep` engines when `--deep` (or the configuration's `deep: true`) asks for them, loaded
 * once per process; absent engines are a usage error (exit 2) that says the one install command.
 * `concurrency`: how many images are read at once (`batch --jobs`).
 */
export async function deepReaderFor(
  wanted: boolean,
  io: Io,
  concurrency = 1,
): Promise<DeepReader | undefined> {
  if (!wanted) return undefined;
  // Loaded only here: a check without --deep never touches the engines' modules.
  const { loadDeepReader } = await import('../deep/load.js');
  try {
    return await loadDeepReader(concurrency);
  } catch (error) {
    if (error instanceof DeepEngineMissing)
      throw new UsageError(cliText(io.lang).deepMissing(installCommand(error)), 'deep-unavailable');
    throw error;
  }
}

/** One command that installs the engine on Windows, macOS and Linux alike (no shell syntax). */
export function installCommand(missing: DeepEngineMissing): string | undefined {
  if (missing.packages.length === 0) return undefined;
  return ['npm install --global ausm-check', ...missing.packages, ...missing.installFlags].join(
    ' ',
  );
}

/** The reader, telling `onRead` each image as it starts reading it (for the progress line). */
export function reportingReads(reader: DeepReader, onRead: (file: string) => void): DeepReader {
  return {
    readDocument: (image, kind) => {
      onRead(image.name);
      return reader.readDocument(image, kind);
    },
    readFace: (image) => {
      onRead(image.name);
      return reader.readFace(image);
    },
    close: () => reader.close(),
  };
}

/**
 * `check --deep` reads for seconds: in a terminal (stderr, not CI, not --quiet), a spinner says
 * which image is being read, and stops before the report is printed.
 */
export async function deepSpinner(
  io: Io,
  quiet: boolean,
): Promise<{ readonly onRead: (file: string) => void; stop(): void } | undefined> {
  if (quiet || io.progress === undefined || io.env['CI'] || !hasWidth(io.progress))
    return undefined;
  const { default: ora } = await import('ora');
  const spinner = ora({ stream: io.progress, text: '', discardStdin: false }).start();
  const say = cliText(io.lang).deepReading;
  return {
    onRead: (file) => {
      spinner.text = say(visible(file));
    },
    stop: () => spinner.stop(),
  };
}

/**
 * A terminal that says it is 0 columns wide (a pseudo-terminal nobody sized, as `script` makes)
 * sends ora into clearing lines without end: no spinner there.
 */
export function hasWidth(stream: NodeJS.WritableStream): boolean {
  const columns = (stream as { columns?: number }).columns;
  return columns === undefined || columns > 0;
}
