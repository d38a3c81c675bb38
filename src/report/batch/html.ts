import { esc as escapeHtml } from '../html.js';
import { batchText } from './text.js';
import { configLine } from '../ui-text.js';
import { batchConfigs, batchSummary, firstError, type BatchRenderer } from './types.js';

/** Sorting without a library: a few lines of script, no external resource. */
const SORT_SCRIPT = `document.querySelectorAll('th[data-col]').forEach(function (th) {
  th.addEventListener('click', function () {
    var table = th.closest('table'), body = table.tBodies[0], col = +th.dataset.col;
    var asc = th.dataset.dir !== 'asc'; th.dataset.dir = asc ? 'asc' : 'desc';
    var rows = Array.prototype.slice.call(body.querySelectorAll('tr.row'));
    rows.sort(function (a, b) {
      var x = a.cells[col].dataset.v || a.cells[col].textContent, y = b.cells[col].dataset.v || b.cells[col].textContent;
      var n = x - y; var r = isNaN(n) ? x.localeCompare(y, 'zh') : n; return asc ? r : -r;
    });
    rows.forEach(function (row) { body.appendChild(row); body.appendChild(row.nextElementSibling); });
  });
});`;

/** One self-contained page: summary counts, a sortable table, each person's findings folded under their row. */
export const renderBatchHtml: BatchRenderer = (batch, options) => {
  const t = batchText(options.lang);
  const s = batchSummary(batch);
  const rows = batch.reports
    .map((r, i) => {
      const e = firstError(r);
      const findings = r.findings.length
        ? `<ul>${r.findings
            .map(
              (f) =>
                `<li class="${escapeHtml(f.severity)}${f.waived !== undefined ? ' waived' : ''}"><code>${escapeHtml(f.rule)}</code> ${escapeHtml(f.label ?? f.field ?? f.file ?? '')}${f.line !== undefined ? ` <small>profile.yaml:${escapeHtml(`${f.line}:${f.column ?? 1}`)}</small>` : ''}<br>${escapeHtml(f.message)}${f.hint ? `<br><small>→ ${escapeHtml(f.hint)}</small>` : ''}${f.waived !== undefined ? `<br><small>waived: ${escapeHtml(f.waived)}</small>` : ''}</li>`,
            )
            .join('')}</ul>`
        : `<p>${escapeHtml(t.none)}</p>`;
      return `<tr class="row ${r.ready ? 'ready' : 'not-ready'}"><td>${escapeHtml(r.target)}</td><td>${escapeHtml(String(r.person.name ?? ''))}</td><td data-v="${r.ready ? 1 : 0}">${r.ready ? '✓ ' + escapeHtml(t.ready) : '✗ ' + escapeHtml(t.notReady)}</td><td>${escapeHtml(String(r.summary.error))}</td><td>${escapeHtml(String(r.summary.warning))}</td><td>${escapeHtml(e?.message ?? '')}</td></tr>
<tr class="details"><td colspan="6"><details${r.ready ? '' : ' open'}><summary>${escapeHtml(t.findings)} (${r.findings.length}) #${i + 1}</summary>${findings}</details></td></tr>`;
    })
    .join('\n');
  const heads = [t.folder, t.name, t.verdict, t.errors, t.warnings, t.firstError]
    .map((h, i) => `<th data-col="${i}">${escapeHtml(h)}</th>`)
    .join('');
  return `<!doctype html>
<html lang="${options.lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><title>${escapeHtml(t.title)}</title>
<style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top}
th{cursor:pointer;background:#f4f4f4}tr.not-ready td:nth-child(3){color:#b00020}tr.ready td:nth-child(3){color:#1b7f3b}
tr.details td{border-bottom:2px solid #ccc;background:#fafafa}li.error{color:#b00020}li.warning{color:#8a5a00}li.waived{color:#777}
.summary span{display:inline-block;margin-right:1.5em;font-size:1.2em}
@media print{details{display:block}details>*{display:block}}
</style></head>
<body>
<h1>${escapeHtml(t.title)}</h1>
<p class="summary"><span>${escapeHtml(t.summary(s.folders, s.ready, s.not_ready))}</span></p>
${batchConfigs(batch)
  .map((config) => `<p class="config">${escapeHtml(configLine(config, options.lang))}</p>\n`)
  .join(
    '',
  )}${batch.interrupted ? `<p>${escapeHtml(t.interrupted(batch.reports.length, batch.interrupted.total))}</p>` : ''}
<p><small>${escapeHtml(t.sortHint)} · ausm-check ${escapeHtml(options.version)}</small></p>
<table><thead><tr>${heads}</tr></thead><tbody>
${rows}
</tbody></table>
<script>${SORT_SCRIPT}</script>
</body></html>
`;
};
