import { BATCH_RENDERERS } from '../report/batch/index.js';
import { BATCH_FORMATS, type BatchFormat, type BatchResult } from '../report/batch/types.js';
import { RENDERERS } from '../report/index.js';
import type { JsonReport } from '../report/json.js';
import { FORMATS, type Format } from '../report/types.js';
import type { Lang } from '../messages/types.js';
import { RULES } from '../rules/index.js';
import { VERSION } from '../version.js';
import { BATCH_LANG, type BatchReport } from './batch.js';
import { CHECKED } from './check.js';
import { AusmCheckError } from './errors.js';
import { checkCount, shown } from './options.js';
import { apiText } from './text.js';

export interface FormatOptions<F extends string> {
  readonly format: F;
  /** The report's words; default the language it was checked in (else `'zh'`). */
  readonly lang?: Lang;
  /** Personal data in full; default as it was checked (a batch's reports are already worded). */
  readonly showPii?: boolean;
  /** ANSI colours in `pretty`; default none. */
  readonly color?: boolean;
  /** As `--max-warnings`: more warnings than this make the verdict "not ready". */
  readonly maxWarnings?: number;
}

/**
 * A report as the command line's `--format` writes it, as a string (nothing is printed). A report
 * of `checkFolder` renders in every format of `check`; a batch report in every format of `batch`;
 * a report that `checkFolder` did not return itself (a copy, JSON read back) only as `json`.
 */
export function formatReport(report: JsonReport, options: FormatOptions<Format>): string;
export function formatReport(report: BatchReport, options: FormatOptions<BatchFormat>): string;
export function formatReport(
  report: JsonReport | BatchReport,
  options: FormatOptions<Format | BatchFormat>,
): string {
  const lang =
    options.lang ??
    ('reports' in report ? BATCH_LANG.get(report) : CHECKED.get(report)?.options.lang) ??
    'zh';
  checkCount(options.maxWarnings, 0, apiText(lang).maxWarnings);
  const extra = options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {};
  if ('reports' in report) {
    const format = known(options.format, BATCH_FORMATS, lang);
    const batch: BatchResult = {
      reports: report.reports,
      ...(report.interrupted
        ? { interrupted: { total: report.total ?? report.reports.length } }
        : {}),
    };
    return BATCH_RENDERERS[format](batch, {
      lang,
      color: options.color === true,
      version: VERSION.number,
      rules: RULES.map((r) => r.id),
    });
  }
  const format = known(options.format, FORMATS, lang);
  const checked = CHECKED.get(report);
  if (checked === undefined) {
    if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
    throw new AusmCheckError('not-a-check-result', apiText(lang).notACheckResult(format));
  }
  return RENDERERS[format](checked.result, {
    ...checked.options,
    lang,
    showPii: options.showPii ?? checked.options.showPii,
    color: options.color === true,
    ...extra,
  });
}

function known<F extends string>(format: string, formats: readonly F[], lang: Lang): F {
  if (!(formats as readonly string[]).includes(format))
    throw new AusmCheckError('bad-option', apiText(lang).format(shown(format), formats));
  return format as F;
}
