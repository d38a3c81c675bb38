import { FORM_SECTIONS, type Finding, type MaterialEntry, type Severity } from '../engine/types.js';
import { fieldLabel, renderMessage } from '../messages/format.js';
import { materialName } from '../messages/materials.js';
import { SECTION_TITLES } from '../messages/sections.js';
import type { Lang } from '../messages/types.js';
import { maskedPerson } from './person.js';
import type { Renderer } from './types.js';
import { configChanges, deepLine, passes, t, verdictLine } from './ui-text.js';
import { visible } from './visible.js';

const MARK: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };

/**
 * Markdown for a pull request, an issue or a wiki page (GitHub-flavoured: tables, task lists).
 * Every piece of text that comes from the person's folder or the catalogue goes through
 * `inline` or `code`, so a `|`, a newline or a `<script>` cannot break the table or the page.
 */
export const renderMarkdown: Renderer = (result, options) => {
  const { lang } = options;
  const out: string[] = [];

  const colon = t(lang, 'colon');
  out.push(`# ${inline(t(lang, 'report.title'))}${colon}${inline(result.target)}`, '');
  out.push(
    `**${passes(result, options.maxWarnings) ? '✓' : '✗'} ${inline(verdictLine(result, lang, options.maxWarnings))}**`,
    '',
  );
  out.push(inline(t(lang, 'report.summary', result.summary)), '');
  out.push(`- ${t(lang, 'report.target')}${colon}${code(result.target, false)}`);
  out.push(`- ${t(lang, 'report.today')}${colon}${inline(result.today)}`);
  if (result.scope !== undefined) out.push(`- ${t(lang, 'report.scope')}${colon}${result.scope}`);
  if (result.config !== undefined)
    out.push(
      `- ${t(lang, 'report.config')}${colon}${code(result.config.file, false)} ${inline(configChanges(result.config, lang))}`,
    );
  if (result.deep !== undefined) out.push(`- ${inline(deepLine(result.deep, lang))}`);
  out.push('');

  const person = maskedPerson(result, options.showPii);
  if (person.name !== undefined || person.id_number !== undefined) {
    out.push(`## ${t(lang, 'heading.person')}`, '');
    if (person.name !== undefined)
      out.push(`- ${t(lang, 'person.name')}${colon}${inline(person.name)}`);
    if (person.id_number !== undefined)
      out.push(`- ${t(lang, 'person.id_number')}${colon}${inline(person.id_number)}`);
    out.push('');
  }

  out.push(`## ${t(lang, 'heading.findings')}`, '');
  const shown = options.quiet
    ? result.findings.filter((f) => f.severity === 'error')
    : result.findings;
  if (shown.length === 0) out.push(t(lang, 'findings.none'), '');
  for (const section of FORM_SECTIONS) {
    const inSection = shown.filter((f) => f.section === section);
    if (inSection.length === 0) continue;
    out.push(`### ${inline(SECTION_TITLES[section][lang])}`, '');
    out.push(
      row([
        t(lang, 'column.severity'),
        t(lang, 'column.location'),
        t(lang, 'column.message'),
        t(lang, 'column.hint'),
      ]),
      row(['---', '---', '---', '---']),
    );
    for (const f of inSection) out.push(findingRow(f, lang, options.showPii));
    out.push('');
  }

  out.push(`## ${t(lang, 'heading.materials')}`, '');
  if (result.materials.length === 0) out.push(t(lang, 'materials.none'), '');
  else {
    out.push(
      row([
        t(lang, 'column.material'),
        t(lang, 'column.field'),
        t(lang, 'column.file'),
        t(lang, 'column.required'),
        t(lang, 'column.status'),
      ]),
      row(['---', '---', '---', '---', '---']),
    );
    for (const m of result.materials) out.push(materialRow(m, lang));
    out.push('');
  }

  if (result.checklist.length > 0) {
    out.push(`## ${t(lang, 'heading.checklist')}`, '', t(lang, 'checklist.intro'), '');
    for (const item of result.checklist)
      out.push(`- [ ] ${inline(t(lang, `checklist.${item.id}`))}`);
    out.push('');
  }

  out.push(
    '---',
    '',
    inline(t(lang, 'report.generated', { version: options.version, today: result.today })),
  );
  return `${out.join('\n')}\n`;
};

function findingRow(f: Finding, lang: Lang, showPii: boolean): string {
  const { message, hint } = renderMessage(f, { lang, showPii });
  const severity = `${MARK[f.severity]} ${t(lang, `severity.${f.severity}`)}`;
  return row([
    f.waived === undefined ? severity : `${severity} · ${t(lang, 'waived')}`,
    location(f, lang),
    f.waived === undefined
      ? inline(message)
      : `${inline(message)}<br>${inline(t(lang, 'waived.reason', { reason: f.waived }))}`,
    hint === '' ? '' : inline(hint),
  ]);
}

/** `基本信息 › 姓名<br>`basic.name` 3:5`, or the file, or both. */
function location(f: Finding, lang: Lang): string {
  const parts: string[] = [];
  if (f.field !== undefined) parts.push(inline(fieldLabel(f.field, lang)), code(f.field));
  if (f.file !== undefined) parts.push(code(f.file));
  if (f.line !== undefined) {
    const at = `${f.line}:${f.column ?? 1}`;
    if (parts.length === 0) parts.push(at);
    else parts[parts.length - 1] += ` ${at}`;
  }
  return parts.length === 0 ? '—' : parts.join('<br>');
}

function materialRow(m: MaterialEntry, lang: Lang): string {
  const files = m.files ?? (m.file !== undefined ? [m.file] : []);
  return row([
    inline(materialName(m.material)[lang]),
    `${inline(fieldLabel(m.field, lang))}<br>${code(m.field)}`,
    files.length === 0 ? '—' : files.map((file) => code(file)).join('<br>'),
    t(lang, m.required ? 'required.yes' : 'required.no'),
    t(lang, `status.${m.status}`),
  ]);
}

/** A table row of cells that are already escaped. */
function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Text that shows as itself wherever it lands: in a table cell, a heading or a list item.
 * Code spans written by the catalogue (`ausm-check fill`) stay code spans; everything else has
 * its Markdown punctuation backslash-escaped, so `530*****3716` is not emphasis and `<b>` is
 * not HTML. Control characters, newlines included, show as escapes (`visible`): nothing from
 * the folder can start a line, a row or a heading of its own.
 */
export function inline(text: string): string {
  return visible(text)
    .split(/(`[^`\n]+`)/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece.replace(/\|/g, '\\|')
        : piece.replace(/[\\`*_[\]<>&|~#]/g, (c) => `\\${c}`),
    )
    .join('');
}

/**
 * A code span around any text: a fence longer than any backtick run inside it; in a table,
 * `|` is escaped (GitHub unescapes it there, even inside code).
 */
export function code(text: string, inTable = true): string {
  const clean = visible(text);
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  const body = inTable ? clean.replace(/\|/g, '\\|') : clean;
  return `${fence}${pad}${body}${pad}${fence}`;
}
