import type { CheckResult } from '../engine/types.js';
import type { Lang } from '../messages/types.js';

export const FORMATS = ['pretty', 'compact', 'json', 'markdown', 'html', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportOptions {
  readonly lang: Lang;
  readonly showPii: boolean;
  readonly color: boolean;
  /** Only errors (`--quiet`). */
  readonly quiet: boolean;
  readonly version: string;
  /** `--max-warnings`: more warnings than this make the verdict "not ready" (the exit code is 1). */
  readonly maxWarnings?: number;
}

/** A renderer returns the whole report as a string; the CLI writes it. */
export type Renderer = (result: CheckResult, options: ReportOptions) => string;
