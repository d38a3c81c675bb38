import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import type { Lang } from '../messages/types.js';
import { searchChoices } from './choice-search.js';
import { interactiveText } from './text.js';

export interface Choice<T> {
  readonly value: T;
  readonly name: string;
  /** Shown as the answer once chosen (default: the name). */
  readonly short?: string;
  /** Shown under the list while the choice is highlighted. */
  readonly description?: string;
  readonly checked?: boolean;
}

/** `true`, or the words that say what is wrong (shown under the prompt, which asks again). */
export type Validate<T> = (value: T) => Promise<true | string>;

/**
 * The four questions the flows ask. The flows never import @inquirer directly: tests pass a
 * scripted prompter, the CLI passes `inquirerPrompter`. Cancelling (Ctrl-C) rejects with an
 * error that `isPromptExit` recognises.
 */
export interface Prompter {
  text(q: {
    readonly message: string;
    readonly default?: string;
    readonly validate?: Validate<string>;
    /** How the accepted answer is shown (a date typed `2009.7.1` as `2009-07-01`). */
    readonly format?: (value: string) => string;
  }): Promise<string>;
  select<T>(q: {
    readonly message: string;
    readonly choices: readonly Choice<T>[];
    readonly default?: T;
  }): Promise<T>;
  checkbox<T>(q: {
    readonly message: string;
    readonly choices: readonly Choice<T>[];
    readonly validate?: Validate<readonly T[]>;
  }): Promise<T[]>;
  confirm(q: { readonly message: string; readonly default?: boolean }): Promise<boolean>;
}

/**
 * @inquirer/prompts with every choice numbered: a select answers to its number typed (or the
 * first letters of a choice), a checkbox toggles by number, so no question needs arrow keys.
 */
export function inquirerPrompter(lang: Lang): Prompter {
  const t = interactiveText(lang);
  return {
    text: (q) =>
      input({
        message: q.message,
        ...(q.default !== undefined && q.default !== '' ? { default: q.default } : {}),
        ...(q.validate ? { validate: q.validate } : {}),
        ...(q.format
          ? {
              transformer: (v: string, { isFinal }: { isFinal: boolean }) =>
                isFinal ? q.format!(v) : v,
            }
          : {}),
      }),
    select: <T>(q: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T> =>
      q.choices.length > PAGE_SIZE
        ? searchSelect(q, t)
        : select<T>({
            message: q.message,
            choices: q.choices.map((c) => ({
              value: c.value,
              name: c.name,
              ...(c.short ? { short: c.short } : {}),
              ...(c.description ? { description: c.description } : {}),
            })),
            ...(q.default !== undefined ? { default: q.default } : {}),
            pageSize: PAGE_SIZE,
            theme: { indexMode: 'number', style: { keysHelpTip: () => t.selectHelp } },
          }),
    checkbox: <T>(q: {
      message: string;
      choices: readonly Choice<T>[];
      validate?: Validate<readonly T[]>;
    }): Promise<T[]> =>
      checkbox<T>({
        message: q.message,
        // checkbox has no numbered mode: the number is part of the name, and typing it toggles.
        choices: q.choices.map((c, i) => ({
          value: c.value,
          name: `${i + 1}. ${c.name}`,
          short: c.short ?? c.name,
          checked: c.checked ?? false,
          ...(c.description ? { description: c.description } : {}),
        })),
        pageSize: PAGE_SIZE,
        shortcuts: { all: null, invert: null },
        theme: { style: { keysHelpTip: () => t.checkboxHelp } },
        ...(q.validate ? { validate: (chosen) => q.validate!(chosen.map((c) => c.value)) } : {}),
      }),
    confirm: (q) =>
      confirm({
        message: q.message,
        default: q.default ?? true,
        transformer: (yes) => (yes ? t.yes : t.no),
      }),
  };
}

const PAGE_SIZE = 10;

/** What `searchSelect` offers when nothing matches (never chosen: it is disabled). */
const NO_MATCH = Symbol('no match');

/**
 * A list longer than a page: typing filters it, matching anywhere in a choice (inquirer's
 * select only jumps to a choice that starts with the keys typed, so `商务` would not find
 * `租赁和商务服务业`); a number typed picks that choice, as in the short lists.
 */
function searchSelect<T>(
  q: { message: string; choices: readonly Choice<T>[]; default?: T },
  t: ReturnType<typeof interactiveText>,
): Promise<T> {
  return search<T | typeof NO_MATCH>({
    message: q.message,
    source: (term) => {
      const found = searchChoices(q.choices, term);
      if (found.length === 0) return [{ value: NO_MATCH, name: t.noMatch, disabled: ' ' }];
      return found.map((c) => ({
        value: c.value,
        name: `${c.number}. ${c.name}`,
        short: c.short ?? c.name,
        ...(c.description ? { description: c.description } : {}),
      }));
    },
    ...(q.default !== undefined ? { default: q.default } : {}),
    pageSize: PAGE_SIZE,
    theme: { style: { keysHelpTip: () => t.searchHelp } },
  }) as Promise<T>;
}

/** Ctrl-C (or a closed terminal) at a prompt. */
export function isPromptExit(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')
  );
}
