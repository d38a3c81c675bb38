// `--help` in the user's language, measured in display columns (issue 14, item 2): commander counts
// UTF-16 units and wraps only at spaces, so Chinese help overflowed and wrapped mid-word, and
// translating its words after formatting moved the description column.
import { stripVTControlCharacters } from 'node:util';
import type { Argument, Command, HelpConfiguration, Option } from 'commander';
import type { Lang } from '../messages/types.js';
import { displayWidth, wrapText } from '../util/width.js';

/** Help screens fit a terminal of 80 columns, the narrowest common one, when the width is unknown. */
export const HELP_WIDTH = 80;
/** Narrower than this, wrapping every description into a sliver helps nobody: the lines overflow. */
export const MIN_HELP_WIDTH = 40;
/** Wider than this, lines are too long to read comfortably. */
export const MAX_HELP_WIDTH = 120;

/** The width help wraps at: the terminal's (`io.columns`, a TTY only), within bounds; 80 otherwise. */
export function helpWidth(columns: number | undefined): number {
  if (columns === undefined || !Number.isFinite(columns) || columns <= 0) return HELP_WIDTH;
  return Math.min(MAX_HELP_WIDTH, Math.max(MIN_HELP_WIDTH, Math.floor(columns)));
}

const WORDS = {
  zh: {
    'Usage:': '用法：',
    'Arguments:': '参数：',
    'Options:': '选项：',
    'Commands:': '命令：',
    '[options]': '[选项]',
    '[command]': '[命令]',
    choices: '可选',
    default: '默认',
    open: '（',
    close: '）',
    separator: '；',
    colon: '：',
  },
  en: {
    'Usage:': 'Usage:',
    'Arguments:': 'Arguments:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    '[options]': '[options]',
    '[command]': '[command]',
    choices: 'choices',
    default: 'default',
    open: ' (',
    close: ')',
    separator: '; ',
    colon: ': ',
  },
} as const;

function localUsage(text: string, lang: Lang): string {
  const w = WORDS[lang];
  return text.replace('[options]', w['[options]']).replace('[command]', w['[command]']);
}

/** Choices and a default in words; booleans never show `false` (a switch is off unless given). */
function extras(
  description: string,
  item: { argChoices?: string[]; defaultValue?: unknown; defaultValueDescription?: string },
  takesValue: boolean,
  lang: Lang,
): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (item.argChoices) parts.push(`${w.choices}${w.colon}${item.argChoices.join(', ')}`);
  if (takesValue && item.defaultValue !== undefined)
    parts.push(
      `${w.default}${w.colon}${item.defaultValueDescription ?? String(item.defaultValue as string)}`,
    );
  if (parts.length === 0) return description;
  return `${description}${w.open}${parts.join(w.separator)}${w.close}`;
}

export function helpConfiguration(lang: Lang, width = HELP_WIDTH): HelpConfiguration {
  const w = WORDS[lang];
  return {
    helpWidth: width,
    minWidthToWrap: 20,
    displayWidth: (text: string) => displayWidth(stripVTControlCharacters(text)),
    boxWrap: (text: string, width: number) => wrapText(text, width),
    styleTitle: (title: string) => (title in w ? w[title as keyof typeof w] : title),
    commandUsage(cmd: Command) {
      const names: string[] = [];
      for (let c: Command | null = cmd.parent; c; c = c.parent) names.unshift(c.name());
      return localUsage([...names, cmd.name(), cmd.usage()].join(' '), lang);
    },
    subcommandTerm(cmd: Command) {
      const args = cmd.registeredArguments
        .map((a) =>
          a.required
            ? `<${a.name()}${a.variadic ? '...' : ''}>`
            : `[${a.name()}${a.variadic ? '...' : ''}]`,
        )
        .join(' ');
      const options = cmd.options.length > 0 ? ` ${w['[options]']}` : '';
      return `${cmd.name()}${options}${args ? ` ${args}` : ''}`;
    },
    optionDescription: (option: Option) =>
      extras(option.description, option, option.required || option.optional, lang),
    argumentDescription: (argument: Argument) => extras(argument.description, argument, true, lang),
  };
}
