import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/cli/io.js';
import type { Choice, Prompter } from '../../src/interactive/prompter.js';

/** Accept what the question offers (its default, or the first choice). */
export const DEFAULT = Symbol('default');
/** Ctrl-C at this question. */
export const INTERRUPT = Symbol('interrupt');

export type Answer =
  string | number | boolean | readonly string[] | typeof DEFAULT | typeof INTERRUPT;

export interface Asked {
  readonly kind: 'text' | 'select' | 'checkbox' | 'confirm';
  readonly message: string;
  readonly answer: unknown;
  /** What validation said about an answer that was then asked again. */
  readonly rejected?: string;
  readonly default?: unknown;
  readonly choices?: readonly string[];
}

function exitError(): Error {
  const e = new Error('User force closed the prompt with SIGINT');
  e.name = 'ExitPromptError';
  return e;
}

/**
 * A prompter that plays a list of answers, the way a person would type them: a text answer
 * that fails validation is logged as rejected and the next answer is typed into the same
 * question (which is how inquirer re-asks). A select answer is a choice's value, its name, or
 * the start of its name (`云南` picks 云南省), as typing in the real select does.
 */
export function scripted(answers: readonly Answer[]): Prompter & {
  readonly log: Asked[];
  readonly left: () => number;
} {
  const queue = [...answers];
  const log: Asked[] = [];
  const next = (message: string): Answer => {
    if (queue.length === 0) throw new Error(`no answer left for “${message}”`);
    const a = queue.shift()!;
    if (a === INTERRUPT) throw exitError();
    return a;
  };
  const pick = <T>(choices: readonly Choice<T>[], a: Answer, message: string): Choice<T> => {
    const found =
      choices.find((c) => c.value === a) ??
      choices.find((c) => c.name === a) ??
      choices.find((c) => typeof a === 'string' && c.name.startsWith(a));
    if (!found)
      throw new Error(
        `“${String(a)}” is none of ${choices.map((c) => c.name).join(' | ')} (${message})`,
      );
    return found;
  };
  return {
    log,
    left: () => queue.length,
    async text(q) {
      for (;;) {
        const a = next(q.message);
        const typed = a === DEFAULT ? (q.default ?? '') : String(a);
        const verdict = q.validate ? await q.validate(typed) : true;
        if (verdict === true) {
          log.push({ kind: 'text', message: q.message, answer: typed, default: q.default });
          return typed;
        }
        log.push({ kind: 'text', message: q.message, answer: typed, rejected: verdict });
      }
    },
    async select(q) {
      const a = next(q.message);
      const choice =
        a === DEFAULT
          ? (q.choices.find((c) => c.value === q.default) ?? q.choices[0]!)
          : typeof a === 'number' && !q.choices.some((c) => c.value === a)
            ? q.choices[a - 1]! // the number typed in front of the choice
            : pick(q.choices, a, q.message);
      log.push({
        kind: 'select',
        message: q.message,
        answer: choice.value,
        default: q.default,
        choices: q.choices.map((c) => c.name),
      });
      return choice.value;
    },
    async checkbox(q) {
      for (;;) {
        const a = next(q.message);
        const values =
          a === DEFAULT
            ? q.choices.filter((c) => c.checked).map((c) => c.value)
            : (Array.isArray(a) ? a : [a]).map(
                (x) => pick(q.choices, x as Answer, q.message).value,
              );
        const verdict = q.validate ? await q.validate(values) : true;
        if (verdict === true) {
          log.push({
            kind: 'checkbox',
            message: q.message,
            answer: values,
            choices: q.choices.map((c) => c.name),
          });
          return values;
        }
        log.push({ kind: 'checkbox', message: q.message, answer: values, rejected: verdict });
      }
    },
    async confirm(q) {
      const a = next(q.message);
      const yes = a === DEFAULT ? (q.default ?? true) : a === true;
      log.push({ kind: 'confirm', message: q.message, answer: yes, default: q.default });
      return yes;
    },
  };
}

export function memoryIo(
  overrides: Partial<Io> = {},
): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    lang: 'zh',
    color: false,
    interactive: true,
    cwd: process.cwd(),
    env: {},
    ...overrides,
    out: () => out,
    err: () => err,
  };
}

/** A temporary applicant folder holding copies of example images. */
export function folderWith(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ausm-interactive-'));
  for (const [name, from] of Object.entries(files)) copyFileSync(from, path.join(dir, name));
  return dir;
}

export const TODAY = '2026-11-26';
