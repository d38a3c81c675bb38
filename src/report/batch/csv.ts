import type { Lang } from '../../messages/types.js';
import type { JsonReport } from '../json.js';
import { visible } from '../visible.js';
import { configLine, t } from '../ui-text.js';
import { firstError, type BatchRenderer } from './types.js';

/** Excel opens a UTF-8 CSV as Chinese only with a byte-order mark. */
const BOM = '\ufeff';

/** A cell as a spreadsheet shows it: control characters as escapes, formulas defused, quoted. */
export function csvCell(value: unknown): string {
  const s = value === undefined || value === null ? '' : visible(String(value));
  // A leading = + - @ (or a tab or CR, which Excel skips before looking) would be run as a
  // formula by Excel and LibreOffice: quote-prefix it so that user data stays text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return quote(safe);
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A number that must stay text (an ID number: 18 digits, leading zeros, a final X). Bare, Excel
 * and LibreOffice Calc both read `530102199001013716` as a number and show `5.30102E+17`, losing
 * the last digits. `="530102199001013716"` is a formula whose value is that text: both
 * spreadsheets show the digits exactly, and copying the cell copies the digits only. The usual
 * alternatives fail in one of them: a leading apostrophe is shown as part of the cell (it hides
 * only when typed), a leading tab is kept inside the cell and gets pasted into the platform's
 * form. With LibreOffice's "Evaluate formulas" import option turned off the cell shows
 * `="530…"` literally, still as text and with every digit. Only values made of digits (and a
 * final X) are written this way, so no user text ever becomes a formula; anything else (a masked
 * `530*****3716`, a typo) goes through `csvCell`.
 */
export function csvTextNumber(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  return /^\d+[Xx]?$/.test(s) ? quote(`="${s}"`) : csvCell(value);
}

function row(cells: readonly string[]): string {
  return cells.join(',') + '\r\n';
}

const COLUMNS = {
  zh: {
    folder: [
      '文件夹',
      '姓名',
      '身份证号',
      '采集范围',
      '可以提交',
      '错误数',
      '警告数',
      '提示数',
      '第一个错误的规则',
      '第一个错误',
      '单位配置',
    ],
    finding: [
      '文件夹',
      '规则',
      '级别',
      '部分',
      '字段',
      '文件',
      '行',
      '列',
      '问题',
      '建议',
      '豁免理由',
    ],
    yes: '是',
    no: '否',
  },
  en: {
    folder: [
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
    ],
    finding: [
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
    ],
    yes: 'yes',
    no: 'no',
  },
} as const satisfies Record<Lang, unknown>;

/** The header rows, in the report's language (issue 14 item 16). */
export function csvColumns(lang: Lang) {
  return COLUMNS[lang];
}

/** One row per folder. */
export const renderBatchCsv: BatchRenderer = (batch, options) => {
  const words = COLUMNS[options.lang];
  const out = [BOM, row(words.folder.map(csvCell))];
  for (const r of batch.reports) {
    const e = firstError(r);
    out.push(
      row([
        csvCell(r.target),
        csvCell(r.person.name),
        csvTextNumber(r.person.id_number),
        csvCell(r.scope),
        csvCell(r.ready ? words.yes : words.no),
        csvCell(r.summary.error),
        csvCell(r.summary.warning),
        csvCell(r.summary.info),
        csvCell(e?.rule),
        csvCell(e?.message),
        csvCell(r.config !== undefined ? configLine(r.config, options.lang) : ''),
      ]),
    );
  }
  return out.join('');
};

/** One row per finding (`--findings-csv`). */
export function renderFindingsCsv(reports: readonly JsonReport[], lang: Lang): string {
  const out = [BOM, row(COLUMNS[lang].finding.map(csvCell))];
  for (const r of reports)
    for (const f of r.findings)
      out.push(
        row(
          [
            r.target,
            f.rule,
            t(lang, `severity.${f.severity}`),
            f.section,
            f.field,
            f.file,
            f.line,
            f.column,
            f.message,
            f.hint,
            f.waived,
          ].map(csvCell),
        ),
      );
  return out.join('');
}
