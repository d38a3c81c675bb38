import type { ArgValue, Args, Finding, Pii } from '../engine/types.js';
import { fieldInfo, joinPath, splitPath } from '../profile/schema.js';
import { CATALOG } from './index.js';
import { termText } from './terms.js';
import type { Lang } from './types.js';

export interface RenderOptions {
  readonly lang: Lang;
  readonly showPii: boolean;
}

/** Masks personal data the way the platform shows it: `530*****3716`, `159****1535`, `张*`. */
export function maskPii(pii: Pii): string {
  const v = pii.value;
  const chars = [...v];
  switch (pii.pii) {
    case 'id':
      return chars.length <= 7 ? '*'.repeat(chars.length) : `${v.slice(0, 3)}*****${v.slice(-4)}`;
    case 'phone':
      return chars.length <= 7 ? '*'.repeat(chars.length) : `${v.slice(0, 3)}****${v.slice(-4)}`;
    case 'name':
      return chars.length === 0 ? '' : `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`;
    case 'text':
      return maskLine(v);
  }
}

/**
 * A profile line quoted in a finding, with what may be personal data masked: every run of six or
 * more digits (an ID or phone number, `530*****3716`) and the value of a `name:` key (`张*`).
 */
function maskLine(line: string): string {
  return line
    .replace(/\d{6,}[\dXx]*/g, (digits) => maskPii({ pii: 'id', value: digits }))
    .replace(
      /(\bname\s*:\s*["']?)([^\s"',}\]#‸]+)/g,
      (_, key: string, name: string) => key + maskPii({ pii: 'name', value: name }),
    );
}

export function formatArg(value: ArgValue, options: RenderOptions): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if ('pii' in value) return options.showPii ? value.value : maskPii(value);
  if ('term' in value) {
    const text = termText(value.term, value.key);
    if (!text) throw new Error(`no words for term ${value.term}: ${value.key} in src/messages/`);
    return interpolate(text[options.lang], value.args ?? {}, options);
  }
  return value[options.lang];
}

export function interpolate(template: string, args: Args, options: RenderOptions): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = args[key];
    return v === undefined ? whole : formatArg(v, options);
  });
}

export function renderMessage(
  finding: Pick<Finding, 'rule' | 'messageId' | 'args'>,
  options: RenderOptions,
): { message: string; hint: string } {
  // `defineRule` lets a rule name only its own ids; an id from data (facts, a waiver) that has no
  // words is a bug to surface, never a reason to print another message's words.
  const m = CATALOG[finding.rule]?.messages[finding.messageId];
  if (!m) throw new Error(`no words for ${finding.rule}: ${finding.messageId} in src/messages/`);
  return {
    message: interpolate(m.message[options.lang], finding.args, options),
    hint: m.hint ? interpolate(m.hint[options.lang], finding.args, options) : '',
  };
}

/** `基本信息 › 有效身份证件号码`, `工作经历 第2条 › 工作开始时间`: the platform's labels for a YAML path. */
export function fieldLabel(path: string, lang: Lang): string {
  const parts = splitPath(path);
  const labels: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (typeof part === 'number') {
      const last = labels.length - 1;
      if (last >= 0) labels[last] += lang === 'zh' ? ` 第${part + 1}条` : ` #${part + 1}`;
      continue;
    }
    const info = fieldInfo(joinPath(parts.slice(0, i + 1)));
    labels.push(info ? (lang === 'zh' ? info.title : info.titleEn) || part : part);
  }
  return labels.join(' › ');
}
