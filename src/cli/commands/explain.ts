import { CATALOG } from '../../messages/index.js';
import type { Lang } from '../../messages/types.js';
import { findRule, RULES } from '../../rules/index.js';
import { closest } from '../../util/closest.js';
import { VERSION } from '../../version.js';
import { EXIT, type Io } from '../io.js';
import { cliText } from '../text.js';

const HEADINGS = {
  zh: {
    severity: '严重程度',
    checks: '检查内容',
    source: '依据',
    fix: '怎么改',
    notes: '说明',
    messages: '提示信息',
    data: '参考数据',
  },
  en: {
    severity: 'Severity',
    checks: 'Checks',
    source: 'Source',
    fix: 'How to fix',
    notes: 'Notes',
    messages: 'Messages',
    data: 'Reference data',
  },
} as const;

export function explainText(id: string, lang: Lang): string | undefined {
  const rule = findRule(id);
  const text = CATALOG[id];
  if (!rule || !text) return undefined;
  const h = HEADINGS[lang];
  const out = [
    `${rule.id}`,
    '',
    `${h.severity}: ${rule.severity}`,
    `${h.checks}: ${text.title[lang]}`,
    `${h.source}: ${text.source[lang]}`,
    `${h.fix}: ${text.fix[lang]}`,
  ];
  if (text.notes) out.push(`${h.notes}: ${text.notes[lang]}`);
  if (VERSION.data.length > 0 && /region|department|uscc/.test(id))
    out.push(`${h.data}: ${VERSION.data.map((d) => `${d.name} ${d.date}`).join(', ')}`);
  out.push('', `${h.messages}:`);
  for (const [mid, m] of Object.entries(text.messages))
    out.push(`  [${mid}] ${m.message[lang]}${m.hint ? `\n      → ${m.hint[lang]}` : ''}`);
  return out.join('\n') + '\n';
}

export function explainCommand(id: string, opts: { lang: Lang }, io: Io): number {
  const text = explainText(id, opts.lang);
  if (text === undefined) {
    const near =
      closest(
        id,
        RULES.map((r) => r.id),
      ) ?? '';
    io.stderr(`ausm-check: ${cliText(opts.lang).unknownRule(id, near)}\n`);
    return EXIT.usage;
  }
  io.stdout(text);
  return EXIT.ok;
}
