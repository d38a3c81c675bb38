import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckResult, Finding, FormSection, Severity } from '../engine/types.js';
import { fieldLabel, renderMessage } from '../messages/format.js';
import { MATERIAL_NAMES } from '../messages/materials.js';
import { SECTION_TITLES } from '../messages/sections.js';
import { getExitCode } from './exit-code.js';
import { maskedPerson } from './person.js';
import type { Renderer, ReportOptions } from './types.js';
import { configLine, deepLine, t, verdictLine } from './ui-text.js';
import { visible } from './visible.js';

const MARKS: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };

function paint(c: ChalkInstance, severity: Severity, text: string): string {
  return severity === 'error'
    ? c.red(text)
    : severity === 'warning'
      ? c.yellow(text)
      : c.cyan(text);
}

function where(f: Finding, lang: ReportOptions['lang']): string {
  const parts: string[] = [];
  if (f.field !== undefined) parts.push(`${fieldLabel(f.field, lang)} (${f.field})`);
  if (f.file !== undefined && f.field === undefined) parts.push(f.file);
  else if (f.file !== undefined) parts.push(f.file);
  if (f.line !== undefined) parts.push(`profile.yaml:${f.line}:${f.column}`);
  return visible(parts.join('  '));
}

/** The terminal report: grouped by the platform's sections, marks, the masked person, a verdict, the checklist. */
export const renderPretty: Renderer = (result: CheckResult, options: ReportOptions) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const { lang } = options;
  const render = { lang, showPii: options.showPii };
  const out: string[] = [];
  const person = maskedPerson(result, options.showPii);
  const who = visible([person.name, person.id_number].filter(Boolean).join(' '));
  // The platform numbers the scopes （一）…（五）; ① … ⑤ reads the same at a glance.
  const scopeMark = (n: number) => (lang === 'zh' ? ('①②③④⑤'[n - 1] ?? String(n)) : n);
  const scope =
    result.scope !== undefined ? `  ${t(lang, 'scope', { scope: scopeMark(result.scope) })}` : '';
  out.push(c.bold(`ausm-check ${visible(result.target)}`) + (who ? `  ${who}` : '') + scope);
  if (result.config !== undefined) out.push(c.yellow(visible(configLine(result.config, lang))));
  if (result.deep !== undefined) out.push(c.dim(visible(deepLine(result.deep, lang))));
  out.push('');

  const bySection = new Map<FormSection, Finding[]>();
  for (const f of result.findings) {
    const list = bySection.get(f.section);
    if (list) list.push(f);
    else bySection.set(f.section, [f]);
  }
  for (const [section, findings] of bySection) {
    out.push(c.bold(SECTION_TITLES[section][lang]));
    for (const f of findings) {
      const rendered = renderMessage(f, render);
      const message = visible(rendered.message);
      const hint = visible(rendered.hint);
      const mark = f.waived !== undefined ? c.dim('-') : paint(c, f.severity, MARKS[f.severity]);
      out.push(`  ${mark} ${c.dim(where(f, lang))}`);
      out.push(`    ${f.waived !== undefined ? c.dim(message) : message}  ${c.dim(`[${f.rule}]`)}`);
      if (f.waived !== undefined)
        out.push(`    ${c.dim(`${t(lang, 'waived')}: ${visible(f.waived)}`)}`);
      else if (hint) out.push(`    ${c.green('→')} ${hint}`);
    }
    out.push('');
  }

  if (result.materials.length > 0 && !options.quiet) {
    out.push(c.bold(t(lang, 'heading.materials')));
    for (const m of result.materials) {
      const mark =
        m.status === 'ok'
          ? c.green('✓')
          : m.status === 'not-needed'
            ? c.dim('-')
            : m.required
              ? c.red('✗')
              : c.yellow('!');
      const files = visible(m.file ?? m.files?.join('、') ?? '');
      out.push(
        `  ${mark} ${MATERIAL_NAMES[m.material][lang]}  ${files}  ${c.dim(t(lang, `status.${m.status}`))}`,
      );
    }
    out.push('');
  }
  if (result.checklist.length > 0 && !options.quiet) {
    out.push(c.bold(t(lang, 'heading.checklist')));
    for (const item of result.checklist) out.push(`  ☐ ${t(lang, `checklist.${item.id}`)}`);
    out.push('');
  }
  const verdict = verdictLine(result, lang, options.maxWarnings);
  const passed = getExitCode([result], options.maxWarnings) === 0;
  out.push(passed ? c.green.bold(verdict) : c.red.bold(verdict));
  return out.join('\n') + '\n';
};
