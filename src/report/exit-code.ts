import type { CheckResult } from '../engine/types.js';

/** ESLint's contract: 0 ready, 1 not ready (an error, or more warnings than allowed). */
export function getExitCode(results: readonly CheckResult[], maxWarnings?: number): 0 | 1 {
  if (results.some((r) => !r.ready)) return 1;
  const warnings = results.reduce((n, r) => n + r.summary.warning, 0);
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}
