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

/** Names for the commonest placeholders; any other shows as 〈its key〉 (issue 14 item 4). */
const PLACEHOLDERS: Readonly<Record<string, { zh: string; en: string }>> = {
  file: { zh: '文件名', en: 'file name' },
  value: { zh: '填写的值', en: 'the value' },
  count: { zh: '数量', en: 'count' },
  year: { zh: '年份', en: 'year' },
  start: { zh: '开始日期', en: 'start date' },
  end: { zh: '结束日期', en: 'end date' },
  material: { zh: '材料名称', en: 'material' },
  level: { zh: '学历层次', en: 'level of study' },
  id: { zh: '证件号码', en: 'ID number' },
  detail: { zh: '详细原因', en: 'details' },
  min: { zh: '下限', en: 'minimum' },
  max: { zh: '上限', en: 'maximum' },
  name: { zh: '名称', en: 'name' },
  expected: { zh: '应为', en: 'expected' },
  actual: { zh: '实际值', en: 'actual value' },
  entry: { zh: '第几条', en: 'entry number' },
  width: { zh: '宽', en: 'width' },
  height: { zh: '高', en: 'height' },
  today: { zh: '检查日期', en: 'date checked' },
  date: { zh: '日期', en: 'date' },
  dir: { zh: '文件夹', en: 'folder' },
  birth: { zh: '出生日期', en: 'date of birth' },
  school: { zh: '学校', en: 'school' },
  employer: { zh: '单位名称', en: 'employer' },
  phone: { zh: '手机号码', en: 'phone number' },
  size: { zh: '大小', en: 'size' },
  years: { zh: '年数', en: 'years' },
  age: { zh: '年龄', en: 'age' },
  line: { zh: '行号', en: 'line' },
  column: { zh: '列号', en: 'column' },
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  degree: { zh: '学位', en: 'degree' },
  graduation: { zh: '毕业时间', en: 'graduation' },
  number: { zh: '号码', en: 'number' },
  suggestion: { zh: '建议', en: 'suggestion' },
};

/** A message template with its `{placeholders}` as readable names: `〈开始日期〉`. */
function readable(template: string, lang: Lang): string {
  return template.replace(/\{(\w*)\}/g, (_, key: string) => {
    const name = PLACEHOLDERS[key]?.[lang] ?? key;
    return lang === 'zh' ? `〈${name}〉` : `‹${name}›`;
  });
}

export function explainText(id: string, lang: Lang): string | undefined {
  const rule = findRule(id);
  const text = CATALOG[id];
  if (!rule || !text) return undefined;
  const h = HEADINGS[lang];
  const out = [
    `${rule.id}`,
    '',
    `${h.severity}: ${cliText(lang).severity[rule.severity] ?? rule.severity}`,
    `${h.checks}: ${text.title[lang]}`,
    `${h.source}: ${text.source[lang]}`,
    `${h.fix}: ${text.fix[lang]}`,
  ];
  if (text.notes) out.push(`${h.notes}: ${text.notes[lang]}`);
  if (VERSION.data.length > 0 && /region|department|uscc/.test(id))
    out.push(`${h.data}: ${VERSION.data.map((d) => `${d.name} ${d.date}`).join(', ')}`);
  out.push('', `${h.messages}:`);
  for (const [mid, m] of Object.entries(text.messages))
    out.push(
      `  [${mid}] ${readable(m.message[lang], lang)}${m.hint ? `\n      → ${readable(m.hint[lang], lang)}` : ''}`,
    );
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
