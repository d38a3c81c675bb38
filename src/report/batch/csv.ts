import type { JsonReport } from '../json.js';
import { visible } from '../visible.js';
import { configLine } from '../ui-text.js';
import { firstError, type BatchRenderer } from './types.js';

/** Excel opens a UTF-8 CSV as Chinese only with a byte-order mark. */
const BOM = '\ufeff';

/** A cell as a spreadsheet shows it: control characters as escapes, formulas defused, quoted. */
export function csvCell(value: unknown): string {
  const s = value === undefined || value === null ? '' : visible(String(value));
  // A leading = + - @ would be run as a formula by Excel: quote-prefix it.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

export const FOLDER_COLUMNS = [
  'folder',
  'name',
  'id_number',
  'scope',
  'ready',
  'errors',
  'warnings',
  'infos',
  'first_error_rule',
  'first_error',
  'config',
] as const;
export const FINDING_COLUMNS = [
  'folder',
  'rule',
  'severity',
  'section',
  'field',
  'file',
  'line',
  'column',
  'message',
  'hint',
  'waived',
] as const;

/** One row per folder. */
export const renderBatchCsv: BatchRenderer = (batch, options) => {
  const out = [BOM, row(FOLDER_COLUMNS)];
  for (const r of batch.reports) {
    const e = firstError(r);
    out.push(
      row([
        r.target,
        r.person.name,
        r.person.id_number,
        r.scope,
        r.ready,
        r.summary.error,
        r.summary.warning,
        r.summary.info,
        e?.rule,
        e?.message,
        r.config !== undefined ? configLine(r.config, options.lang) : '',
      ]),
    );
  }
  return out.join('');
};

/** One row per finding (`--findings-csv`). */
export function renderFindingsCsv(reports: readonly JsonReport[]): string {
  const out = [BOM, row(FINDING_COLUMNS)];
  for (const r of reports)
    for (const f of r.findings)
      out.push(
        row([
          r.target,
          f.rule,
          f.severity,
          f.section,
          f.field,
          f.file,
          f.line,
          f.column,
          f.message,
          f.hint,
          f.waived,
        ]),
      );
  return out.join('');
}
