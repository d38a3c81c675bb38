import { FORM_SECTIONS, type Finding, type MaterialEntry, type Severity } from '../engine/types.js';
import { fieldLabel, renderMessage } from '../messages/format.js';
import { materialName } from '../messages/materials.js';
import { SECTION_TITLES } from '../messages/sections.js';
import type { Lang } from '../messages/types.js';
import { maskedPerson } from './person.js';
import type { Renderer } from './types.js';
import { configChanges, deepImages, passes, t, verdictLine } from './ui-text.js';
import { visible } from './visible.js';

const MARK: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };

/*
 * One file that opens anywhere and prints on A4: inline CSS, no script, no font or image
 * fetched from anywhere (the report holds a person's data; it must not phone home).
 * Meaning never rests on colour alone: every severity and status is also a mark and a word.
 */
const CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --error: #b42318; --warning: #8a5a00; --info: #0b5cad; --ok: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--ink); background: #fff;
  font: 15px/1.6 system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
  "Noto Sans CJK SC", sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.verdict { font-size: 1.15rem; font-weight: 700; padding: .6rem .9rem; border: 2px solid;
  border-radius: 6px; margin: 1rem 0 .3rem; }
.verdict.ready { color: var(--ok); }
.verdict.not-ready { color: var(--error); }
.summary { color: var(--muted); margin: 0 0 1rem; }
table { width: 100%; border-collapse: collapse; margin: .3rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left;
  vertical-align: top; overflow-wrap: anywhere; }
th { background: #f6f8fa; font-weight: 600; }
td.sev { white-space: nowrap; font-weight: 600; }
tr.error td.sev { color: var(--error); }
tr.warning td.sev { color: var(--warning); }
tr.info td.sev { color: var(--info); }
tr.waived td { color: var(--muted); }
.field-label { display: block; }
td.text { white-space: pre-line; }
.pos { color: var(--muted); }
.waiver { display: block; font-style: italic; }
td.status-ok { color: var(--ok); }
td.status-missing, td.status-invalid { color: var(--error); font-weight: 600; }
ul.checklist { list-style: none; padding-left: 0; }
ul.checklist li { margin: .25rem 0; }
ul.checklist input { width: 1.1em; height: 1.1em; margin: 0 .5em 0 0; vertical-align: -.15em; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line);
  padding-top: .5rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2, h3 { break-after: avoid; }
  tr, li, .verdict { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: none; }
}
@page { size: A4; margin: 15mm; }
`;

/** The report as one self-contained HTML page: the same content as the Markdown report. */
export const renderHtml: Renderer = (result, options) => {
  const { lang } = options;
  const title = `${t(lang, 'report.title')}${t(lang, 'colon')}${result.target}`;
  const body: string[] = [];

  body.push(`<header>`, `<h1>${esc(title)}</h1>`);
  const meta: [string, string][] = [
    [t(lang, 'report.target'), `<code>${esc(result.target)}</code>`],
    [t(lang, 'report.today'), esc(result.today)],
  ];
  if (result.scope !== undefined) meta.push([t(lang, 'report.scope'), esc(String(result.scope))]);
  if (result.config !== undefined)
    meta.push([
      t(lang, 'report.config'),
      `<code>${esc(result.config.file)}</code> ${esc(configChanges(result.config, lang))}`,
    ]);
  if (result.deep !== undefined)
    meta.push([t(lang, 'report.deep'), esc(deepImages(result.deep, lang))]);
  body.push(dl(meta));
  body.push(
    `<p class="verdict ${passes(result, options.maxWarnings) ? 'ready' : 'not-ready'}" role="status">${
      passes(result, options.maxWarnings) ? '✓' : '✗'
    } ${esc(verdictLine(result, lang, options.maxWarnings))}</p>`,
    `<p class="summary">${esc(t(lang, 'report.summary', result.summary))}</p>`,
    `</header>`,
  );

  const person = maskedPerson(result, options.showPii);
  if (person.name !== undefined || person.id_number !== undefined) {
    const rows: [string, string][] = [];
    if (person.name !== undefined) rows.push([t(lang, 'person.name'), esc(person.name)]);
    if (person.id_number !== undefined)
      rows.push([t(lang, 'person.id_number'), esc(person.id_number)]);
    body.push(`<section>`, `<h2>${esc(t(lang, 'heading.person'))}</h2>`, dl(rows), `</section>`);
  }

  body.push(`<section>`, `<h2>${esc(t(lang, 'heading.findings'))}</h2>`);
  const shown = options.quiet
    ? result.findings.filter((f) => f.severity === 'error')
    : result.findings;
  if (shown.length === 0) body.push(`<p>${esc(t(lang, 'findings.none'))}</p>`);
  for (const section of FORM_SECTIONS) {
    const inSection = shown.filter((f) => f.section === section);
    if (inSection.length === 0) continue;
    body.push(
      `<h3>${esc(SECTION_TITLES[section][lang])}</h3>`,
      `<table class="findings">`,
      head([
        t(lang, 'column.severity'),
        t(lang, 'column.location'),
        t(lang, 'column.message'),
        t(lang, 'column.hint'),
      ]),
      `<tbody>`,
      ...inSection.map((f) => findingRow(f, lang, options.showPii)),
      `</tbody>`,
      `</table>`,
    );
  }
  body.push(`</section>`);

  body.push(`<section>`, `<h2>${esc(t(lang, 'heading.materials'))}</h2>`);
  if (result.materials.length === 0) body.push(`<p>${esc(t(lang, 'materials.none'))}</p>`);
  else
    body.push(
      `<table class="materials">`,
      head([
        t(lang, 'column.material'),
        t(lang, 'column.field'),
        t(lang, 'column.file'),
        t(lang, 'column.required'),
        t(lang, 'column.status'),
      ]),
      `<tbody>`,
      ...result.materials.map((m) => materialRow(m, lang)),
      `</tbody>`,
      `</table>`,
    );
  body.push(`</section>`);

  if (result.checklist.length > 0) {
    body.push(
      `<section>`,
      `<h2>${esc(t(lang, 'heading.checklist'))}</h2>`,
      `<p>${esc(t(lang, 'checklist.intro'))}</p>`,
      `<ul class="checklist">`,
      ...result.checklist.map(
        (item, i) =>
          `<li><input type="checkbox" id="check-${i}"><label for="check-${i}">${esc(
            t(lang, `checklist.${item.id}`),
          )}</label></li>`,
      ),
      `</ul>`,
      `</section>`,
    );
  }

  body.push(
    `<footer>${esc(t(lang, 'report.generated', { version: options.version, today: result.today }))}</footer>`,
  );

  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

function findingRow(f: Finding, lang: Lang, showPii: boolean): string {
  const { message, hint } = renderMessage(f, { lang, showPii });
  const severity = `${MARK[f.severity]} ${t(lang, `severity.${f.severity}`)}`;
  const waived = f.waived !== undefined;
  const cls = waived ? `${f.severity} waived` : f.severity;
  const messageCell =
    prose(message) +
    (waived
      ? `<span class="waiver">${esc(t(lang, 'waived.reason', { reason: f.waived! }))}</span>`
      : '');
  return (
    `<tr class="${cls}">` +
    `<td class="sev">${esc(waived ? `${severity} · ${t(lang, 'waived')}` : severity)}</td>` +
    `<td>${location(f, lang)}</td>` +
    `<td class="text">${messageCell}</td>` +
    `<td class="text">${prose(hint)}</td>` +
    `</tr>`
  );
}

function location(f: Finding, lang: Lang): string {
  const parts: string[] = [];
  if (f.field !== undefined)
    parts.push(
      `<span class="field-label">${esc(fieldLabel(f.field, lang))}</span>`,
      `<code>${esc(f.field)}</code>`,
    );
  if (f.file !== undefined) parts.push(`<code>${esc(f.file)}</code>`);
  if (f.line !== undefined) parts.push(`<span class="pos">${f.line}:${f.column ?? 1}</span>`);
  return parts.length === 0 ? '—' : parts.join(' ');
}

function materialRow(m: MaterialEntry, lang: Lang): string {
  const files = m.files ?? (m.file !== undefined ? [m.file] : []);
  return (
    `<tr>` +
    `<td>${esc(materialName(m.material)[lang])}</td>` +
    `<td><span class="field-label">${esc(fieldLabel(m.field, lang))}</span> <code>${esc(m.field)}</code></td>` +
    `<td>${files.length === 0 ? '—' : files.map((file) => `<code>${esc(file)}</code>`).join('<br>')}</td>` +
    `<td>${esc(t(lang, m.required ? 'required.yes' : 'required.no'))}</td>` +
    `<td class="status-${m.status}">${esc(t(lang, `status.${m.status}`))}</td>` +
    `</tr>`
  );
}

function head(cells: readonly string[]): string {
  return `<thead><tr>${cells.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`;
}

function dl(rows: readonly (readonly [string, string])[]): string {
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

/** A catalogue sentence: escaped, with its `command` spans shown as code. */
function prose(text: string): string {
  return esc(text).replace(/`([^`\n]+)`/g, '<code>$1</code>');
}

/**
 * Text as text, in element content and in quoted attributes alike. Control characters (which
 * HTML forbids and a YAML string or a file name can still carry) show as escapes (`visible`).
 */
export function esc(text: string): string {
  return visible(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
