import { DeepEngineMissing } from '../deep/errors.js';
import type { DeepReader } from '../deep/types.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
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
      throw new UsageError(cliText(io.lang).deepMissing(installCommand(error)));
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
