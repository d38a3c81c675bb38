import type { Lang } from '../messages/types.js';

/** What a command may touch of the outside world: tests pass their own. Commands return the exit code. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly lang: Lang;
  readonly color: boolean;
  /** stdin and stdout are a terminal, `CI` is unset and `--no-interactive` was not given. */
  readonly interactive: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The width of stdout when it is a terminal (a table is cut to fit); absent otherwise. */
  readonly columns?: number;
  /** How the user started ausm-check (`npx ausm-check` through npx), for hints; default `ausm-check`. */
  readonly command?: string;
  /** Where a long command draws its progress: stderr when it is a terminal; absent otherwise. */
  readonly progress?: NodeJS.WritableStream;
  /**
   * Registers what Ctrl-C does while a long command runs (`batch` stops scheduling folders) and
   * returns the function that unregisters it. Absent: nothing interrupts (a test).
   */
  readonly onInterrupt?: (handler: () => void) => () => void;
}

/**
 * The exit codes (docs/spec/cli.md, "Exit codes"): 0 ready, 1 not ready, 2 the command could not
 * run as asked, 3 a bug of ours (an unexpected exception), 130 interrupted at a prompt or in batch.
 */
export const EXIT = { ok: 0, notReady: 1, usage: 2, internal: 3, interrupted: 130 } as const;
