/** What the exit code reads of a report: a folder's check result, or one line of a batch. */
export interface Verdict {
  readonly ready: boolean;
  readonly summary: { readonly warning: number };
}

/**
 * ESLint's contract, for `check` and `batch` alike: 0 ready, 1 not ready (an error in any report,
 * or more warnings in all of them together than `--max-warnings` allows).
 */
export function getExitCode(results: readonly Verdict[], maxWarnings?: number): 0 | 1 {
  if (results.some((r) => !r.ready)) return 1;
  const warnings = results.reduce((n, r) => n + r.summary.warning, 0);
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}
