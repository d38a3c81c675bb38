import { naturalCompare } from '../../util/compare.js';
import { esc as escapeHtml } from '../html.js';
import type { JsonReport } from '../json.js';
import { batchText } from './text.js';
import { configLine } from '../ui-text.js';
import { batchConfigs, batchSummary, firstError, type BatchRenderer } from './types.js';

/**
 * Sorting without a library: a few lines of script, no external resource. A row carries its
 * findings row (when it has one) along.
 */
const SORT_SCRIPT = `document.querySelectorAll('th[data-col]').forEach(function (th) {
  th.addEventListener('click', function () {
    var table = th.closest('table'), body = table.tBodies[0], col = +th.dataset.col;
    var asc = th.dataset.dir !== 'asc'; th.dataset.dir = asc ? 'asc' : 'desc';
    var rows = Array.prototype.slice.call(body.querySelectorAll('tr.row')).map(function (row) {
      var next = row.nextElementSibling;
      return [row, next && next.classList.contains('details') ? next : null];
    });
    rows.sort(function (a, b) {
      var x = a[0].cells[col].dataset.v || a[0].cells[col].textContent, y = b[0].cells[col].dataset.v || b[0].cells[col].textContent;
      var n = x - y; var r = isNaN(n) ? x.localeCompare(y, 'zh') : n; return asc ? r : -r;
    });
    rows.forEach(function (pair) { body.appendChild(pair[0]); if (pair[1]) body.appendChild(pair[1]); });
  });
});`;

/*
 * Layout (checked in headless Chromium at 1280 and 800 px, docs/batch-report-*.png): the number,
 * name, verdict and counts never wrap (a CJK name would otherwise stack one character per line),
 * the folder and the first error wrap within a minimum width, and a table wider than the window
 * scrolls sideways inside its own box instead of squeezing the short columns.
 */
const STYLE = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
h1{margin:0 0 .2em}.meta{color:#555;margin:0 0 1em}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;min-width:40em}th,td{border-bottom:1px solid #ddd;padding:.35em .6em;text-align:left;vertical-align:top}
th{cursor:pointer;background:#f4f4f4;white-space:nowrap}
td.n,td.name,td.verdict,td.count{white-space:nowrap}td.n,td.count{text-align:right;color:#555}
td.folder{min-width:6em;overflow-wrap:anywhere}td.first{min-width:12em}
tr.not-ready td.verdict{color:#b00020;font-weight:600}tr.ready td.verdict{color:#1b7f3b}
tr.details td{border-bottom:2px solid #ccc;background:#fafafa}tr.details ul{margin:.3em 0;padding-left:1.4em}
li.error{color:#b00020}li.warning{color:#8a5a00}li.waived{color:#777}li code{color:#444}
.summary span{display:inline-block;margin-right:1.5em;font-size:1.2em}
@media print{details{display:block}details>*{display:block}.scroll{overflow:visible}}`;

const COLUMNS = 7;

/** Not ready first, then ready; each in folder order. */
function ordered(reports: readonly JsonReport[]): JsonReport[] {
  return [...reports].sort(
    (a, b) => Number(a.ready) - Number(b.ready) || naturalCompare(a.target, b.target),
  );
}

/** One self-contained page: summary counts, a sortable table, each person's findings folded under their row. */
export const renderBatchHtml: BatchRenderer = (batch, options) => {
  const t = batchText(options.lang);
  const s = batchSummary(batch);
  const today = batch.reports[0]?.today;
  const rows = ordered(batch.reports)
    .map((r, i) => {
      const e = firstError(r);
      const row = `<tr class="row ${r.ready ? 'ready' : 'not-ready'}"><td class="n">${i + 1}</td><td class="folder">${escapeHtml(r.target)}</td><td class="name">${escapeHtml(String(r.person.name ?? ''))}</td><td class="verdict" data-v="${r.ready ? 1 : 0}">${r.ready ? '✓ ' + escapeHtml(t.ready) : '✗ ' + escapeHtml(t.notReady)}</td><td class="count">${escapeHtml(String(r.summary.error))}</td><td class="count">${escapeHtml(String(r.summary.warning))}</td><td class="first">${escapeHtml(e?.message ?? '')}</td></tr>`;
      // A folder without findings has nothing to unfold: no empty "findings (0)" row.
      if (r.findings.length === 0) return row;
      const findings = r.findings
        .map(
          (f) =>
            `<li class="${escapeHtml(f.severity)}${f.waived !== undefined ? ' waived' : ''}"><code>${escapeHtml(f.rule)}</code> ${escapeHtml(f.label ?? f.field ?? f.file ?? '')}${f.line !== undefined ? ` <small>profile.yaml:${escapeHtml(`${f.line}:${f.column ?? 1}`)}</small>` : ''}<br>${escapeHtml(f.message)}${f.hint ? `<br><small>→ ${escapeHtml(f.hint)}</small>` : ''}${f.waived !== undefined ? `<br><small>waived: ${escapeHtml(f.waived)}</small>` : ''}</li>`,
        )
        .join('');
      return `${row}
<tr class="details"><td colspan="${COLUMNS}"><details${r.ready ? '' : ' open'}><summary>${escapeHtml(t.findings)} (${r.findings.length})</summary><ul>${findings}</ul></details></td></tr>`;
    })
    .join('\n');
  const heads = ['#', t.folder, t.name, t.verdict, t.errors, t.warnings, t.firstError]
    .map((h, i) => `<th data-col="${i}">${escapeHtml(h)}</th>`)
    .join('');
  return `<!doctype html>
<html lang="${options.lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.title)}</title>
<style>
${STYLE}
</style></head>
<body>
<h1>${escapeHtml(t.title)}</h1>
${today !== undefined ? `<p class="meta">${escapeHtml(t.checkedOn(today, options.root))}</p>\n` : ''}<p class="summary"><span>${escapeHtml(t.summary(s.folders, s.ready, s.not_ready))}</span></p>
${batchConfigs(batch)
  .map((config) => `<p class="config">${escapeHtml(configLine(config, options.lang))}</p>\n`)
  .join(
    '',
  )}${batch.interrupted ? `<p>${escapeHtml(t.interrupted(batch.reports.length, batch.interrupted.total))}</p>` : ''}
<p><small>${escapeHtml(t.sortHint)} · ausm-check ${escapeHtml(options.version)}</small></p>
<div class="scroll"><table><thead><tr>${heads}</tr></thead><tbody>
${rows}
</tbody></table></div>
<script>${SORT_SCRIPT}</script>
</body></html>
`;
};
