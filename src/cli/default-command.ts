// `check` is the default command, so commander never calls an unknown word a command: `chek DIR`
// was "too many arguments for check" (issue 14, item 3). The first folder that does not exist and
// reads like a command's typo is reported as the unknown command it is.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { closest } from '../util/closest.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { cliText } from './text.js';

export async function refuseMistypedCommand(
  word: string,
  commands: readonly string[],
  io: Io,
): Promise<void> {
  if (word === '' || /[\\/.]/.test(word)) return; // a path, not a command
  try {
    await stat(path.resolve(io.cwd, word));
    return; // a folder (or file) of that name: the user meant it
  } catch {
    // not there: a typo of a command, or a missing folder (requireFolder says so)
  }
  const near = closest(word, commands);
  if (near !== undefined) throw new UsageError(cliText(io.lang).unknownCommand(word, near));
}

/** Whether `check` was named before the first folder (`ausm-check check chek`), not implied. */
export function namedCheck(rawArgs: readonly string[], first: string): boolean {
  const at = rawArgs.indexOf('check');
  return at >= 0 && at < rawArgs.indexOf(first);
}
