import { checkFolder as checkResult } from '../check.js';
import { deepReaderFor } from '../cli/deep.js';
import { appliedConfig, requireFolder, resolveConfig } from '../cli/inputs.js';
import { quieten } from '../cli/report-output.js';
import type { CheckResult } from '../engine/types.js';
import { jsonReport, type JsonReport } from '../report/json.js';
import type { ReportOptions } from '../report/types.js';
import { VERSION } from '../version.js';
import { asApiError, settle, type CheckOptions } from './options.js';

/** What `formatReport` needs of a report `checkFolder` returned: the findings before wording. */
export const CHECKED = new WeakMap<JsonReport, { result: CheckResult; options: ReportOptions }>();

/**
 * Checks one applicant folder, as `ausm-check check DIR --format json` does, and returns that
 * report (cli.md, "The JSON report"): `ready`, `summary`, `findings`, `materials` … Everything
 * about the folder is a finding (an unreadable profile is `profile/parse`); a missing folder, a
 * bad configuration or option throws an `AusmCheckError`. Never writes to stdout or stderr.
 */
export async function checkFolder(dir: string, options: CheckOptions = {}): Promise<JsonReport> {
  const o = settle(options);
  const folder = await asApiError(() => requireFolder(dir, o.io));
  const config =
    o.config === false
      ? undefined
      : await asApiError(() => resolveConfig(folder, o.config || undefined, o.io));
  const deep = await asApiError(() => deepReaderFor(o.deep || config?.deep === true, o.io));
  const checked = await checkResult(folder, { today: o.today, config, ...(deep ? { deep } : {}) });
  const applied = appliedConfig(config, o.io);
  const result: CheckResult = quieten(
    { ...checked, target: dir, ...(applied ? { config: applied } : {}) },
    o.quiet,
  );
  const reportOptions: ReportOptions = {
    lang: o.lang,
    showPii: o.showPii,
    color: false,
    quiet: o.quiet,
    version: VERSION.number,
  };
  const report = jsonReport(result, reportOptions);
  CHECKED.set(report, { result, options: reportOptions });
  return report;
}
