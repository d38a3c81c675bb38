import type { Io } from './io.js';

export const COMMAND = 'ausm-check';

/**
 * How the user started ausm-check, to name commands they can type in hints (issue 14 item 6):
 * `npx ausm-check` when npx ran it (npm sets npm_command=exec and the command line as
 * npm_lifecycle_script), else `ausm-check`. A program npx ran that starts ausm-check itself
 * (`npx vitest`) does not count: its command line does not start with ausm-check.
 */
export function invokedAs(env: Readonly<Record<string, string | undefined>>): string {
  const script = env['npm_lifecycle_script']?.trim() ?? '';
  if (env['npm_command'] === 'exec' && /^(ausm-check)(\s|$)/.test(script)) return `npx ${COMMAND}`;
  return COMMAND;
}

export function commandName(io: Pick<Io, 'command'>): string {
  return io.command ?? COMMAND;
}

/**
 * The command named in a hint, as the user invoked it: `ausm-check init` becomes
 * `npx ausm-check init`. Only a mention followed by a sub-command or a "run" before it is
 * rewritten, so that titles (`ausm-check 检查报告`) and the JSON's `tool` stay as they are.
 */
export function asInvoked(text: string, command: string): string {
  if (command === COMMAND) return text;
  return text
    .replace(
      /(?<![\w/.-])ausm-check(?= (?:init|fill|check|batch|template|fix|rules|explain|schema)\b)/g,
      command,
    )
    .replace(/(运行 |run |Run )ausm-check(?= )/g, `$1${command}`);
}
