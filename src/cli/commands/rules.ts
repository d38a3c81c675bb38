import { CATALOG } from '../../messages/index.js';
import type { Lang } from '../../messages/types.js';
import { RULES } from '../../rules/index.js';
import { EXIT, type Io } from '../io.js';

export interface RuleRow {
  readonly id: string;
  readonly severity: string;
  readonly section: string;
  readonly title: string;
}

export function ruleRows(lang: Lang): RuleRow[] {
  return RULES.map((r) => ({
    id: r.id,
    severity: r.severity,
    section: r.id.split('/')[0]!,
    title: CATALOG[r.id]?.title[lang] ?? '',
  }));
}

/** The rules table as Markdown: the README's copy is generated from this (a test keeps it true). */
export function rulesMarkdown(lang: Lang): string {
  const head = lang === 'zh' ? '| 规则 | 严重程度 | 检查内容 |' : '| rule | severity | checks |';
  const lines = [head, '| --- | --- | --- |'];
  for (const r of ruleRows(lang))
    lines.push(`| \`${r.id}\` | ${r.severity} | ${r.title.replace(/\|/g, '\\|')} |`);
  return lines.join('\n') + '\n';
}

export function rulesCommand(opts: { lang: Lang; format: string }, io: Io): number {
  const rows = ruleRows(opts.lang);
  if (opts.format === 'json') io.stdout(JSON.stringify(rows, null, 2) + '\n');
  else if (opts.format === 'markdown') io.stdout(rulesMarkdown(opts.lang));
  else {
    const width = Math.max(...rows.map((r) => r.id.length));
    for (const r of rows) io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}\n`);
  }
  return EXIT.ok;
}
