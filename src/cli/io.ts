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
}

export const EXIT = { ok: 0, notReady: 1, usage: 2, interrupted: 130 } as const;
