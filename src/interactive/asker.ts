import { isDeepStrictEqual } from 'node:util';
import type { OrganisationConfig } from '../engine/config.js';
import type { Finding } from '../engine/types.js';
import { renderMessage } from '../messages/format.js';
import type { Lang } from '../messages/types.js';
import {
  DUTIES,
  DUTY_HINTS,
  PLAN_EXAMS,
  canonicalOption,
  type OptionList,
} from '../profile/options.js';
import { derivedDefault, normaliseAnswer, normaliseDate } from './defaults.js';
import { pickDepartment } from './department-picker.js';
import { divisionTree } from './divisions.js';
import type { Draft } from './draft.js';
import { fieldKind, labelOf, type FieldKind } from './fields.js';
import { namedFiles, offerFiles, splitFiles } from './file-choice.js';
import type { Choice, Prompter } from './prompter.js';
import { interactiveText } from './text.js';
import { checkText, findingsAbout, folderImages, type FolderSnapshot } from './validate.js';

/** A choice that leaves the field as it is (fill), or a file not there yet, or no plan. */
export const SKIP = Symbol('skip');
const TYPE = Symbol('type');
type Skip = typeof SKIP;

export interface AskContext {
  readonly prompter: Prompter;
  /** Where the flow's own lines go (findings, section headings). */
  readonly print: (line: string) => void;
  readonly lang: Lang;
  readonly today: string;
  readonly folder: FolderSnapshot;
  readonly draft: Draft;
  /** `init` asks everything on a new profile; `fill` asks about one field of an existing one. */
  readonly mode: 'init' | 'fill';
  readonly config?: OrganisationConfig;
}

export interface AskOptions {
  /** Offered when the profile has no value yet (before the derived default). */
  readonly default?: unknown;
  /** The question, when the field's label alone would not be one. */
  readonly message?: string;
}

/**
 * Asks for one field at a time: the platform's label, a select for a closed list, the answer
 * checked at once by every rule the checker runs (on the profile with the answer in it), and
 * asked again with the rule's message and hint while the rules find an error in it.
 */
export class Asker {
  private readonly t;

  constructor(private readonly ctx: AskContext) {
    this.t = interactiveText(ctx.lang);
  }

  /** The value recorded, or undefined when the question was skipped. */
  async ask(path: string, options: AskOptions = {}): Promise<unknown> {
    const kind = fieldKind(path);
    if (!kind) return undefined;
    switch (kind.kind) {
      case 'text':
      case 'date':
      case 'year':
        return this.askText(path, kind, options);
      case 'select':
        return this.askOption(
          path,
          kind.options,
          options.default === undefined && kind.preselect !== undefined
            ? { ...options, default: kind.preselect }
            : options,
        );
      case 'real-name':
        return this.askChoice(
          path,
          [
            { value: 'alipay', name: this.t.realName.alipay },
            { value: 'online', name: this.t.realName.online },
          ],
          options,
        );
      case 'plan-exam':
        return this.askChoice(
          path,
          [
            ...PLAN_EXAMS.values.map((v) => ({ value: v, name: v })),
            { value: SKIP, name: this.t.planNone },
          ],
          options,
        );
      case 'scope':
        return this.askChoice(
          path,
          this.t.scopeNames.map((name, i) => ({
            value: i + 1,
            name,
            description: this.t.scopeHelp[i],
          })),
          options,
          // Asked first in init, before what it constrains: the final check judges it.
          this.ctx.mode === 'fill',
        );
      case 'bool':
        return this.askBool(path, options);
      case 'duties':
        return this.askDuties(path);
      case 'file':
        return this.askFile(path, kind);
      case 'department':
        return this.askDepartment(path);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Checking an answer

  /** The rules' findings about `path` with `value` in the profile. */
  check(path: string, value: unknown, files: readonly string[] = []) {
    const text = this.ctx.draft.textWith(path, value);
    const result = checkText(text, this.ctx.folder, this.ctx.today, this.ctx.config);
    return findingsAbout(result, path, files);
  }

  /** A finding as two lines: what is wrong, then what to do. */
  describe(findings: readonly Finding[], showPii = true): string {
    return findings
      .map((f) => {
        const { message, hint } = this.render(f, showPii);
        return hint ? `${message}\n  → ${hint}` : message;
      })
      .join('\n');
  }

  /**
   * A finding's words at a prompt: a hint that says to run `fill` or `init` is no use inside
   * them (the question is right there), so it says to answer the question instead.
   */
  private render(f: Finding, showPii: boolean): { message: string; hint: string } {
    const { message, hint } = renderMessage(f, { lang: this.ctx.lang, showPii });
    return { message, hint: /ausm-check (fill|init)\b/.test(hint) ? this.t.answerHere : hint };
  }

  /** Warnings about an accepted answer: worth knowing, not worth asking again. */
  private warn(findings: readonly Finding[]): void {
    for (const f of findings) {
      const { message, hint } = this.render(f, true);
      this.ctx.print(`  ! ${message}`);
      if (hint) this.ctx.print(`    → ${hint}`);
    }
  }

  /** The platform's label; the section or entry is in the heading above the question. */
  private label(path: string): string {
    return labelOf(path, this.ctx.lang);
  }

  /** A question left unanswered: init writes the key empty (fill asks it later), fill leaves it. */
  private skip(path: string): undefined {
    if (this.ctx.mode === 'init' && this.ctx.draft.get(path) === undefined)
      this.ctx.draft.set(path, null);
    return undefined;
  }

  private record(path: string, value: unknown, warnings: readonly Finding[]): unknown {
    if (!isDeepStrictEqual(value, this.ctx.draft.get(path))) this.ctx.draft.set(path, value);
    if (warnings.length > 0) this.warn(warnings);
    return value;
  }

  // -------------------------------------------------------------------------------------------
  // Defaults

  private current(path: string): unknown {
    const v = this.ctx.draft.get(path);
    return v === null ? undefined : v;
  }

  /** What the other answers say this one probably is. */
  derived(path: string): unknown {
    return derivedDefault(path, (p) => this.ctx.draft.get(p), this.ctx.today);
  }

  private defaultOf(path: string, options: AskOptions): unknown {
    return this.current(path) ?? options.default ?? this.derived(path);
  }

  // -------------------------------------------------------------------------------------------
  // Question kinds

  private async askText(
    path: string,
    kind: Extract<FieldKind, { kind: 'text' | 'date' | 'year' }>,
    options: AskOptions,
  ): Promise<unknown> {
    const optional = kind.kind !== 'year' && kind.optional === true;
    const convert = (raw: string): unknown => {
      const v = raw.trim();
      if (v === '') return null;
      if (kind.kind === 'date') return normaliseDate(v, kind.ongoing === true);
      if (kind.kind === 'year' && /^\d{4}$/.test(v)) return Number(v);
      return normaliseAnswer(path, v);
    };
    const fallback = this.defaultOf(path, options);
    const answer = await this.ctx.prompter.text({
      message: `${this.label(path)}${optional ? this.t.optional : ''}`,
      format:
        kind.kind === 'date'
          ? (v: string) => normaliseDate(v, kind.ongoing === true)
          : (v: string) => normaliseAnswer(path, v),
      ...(fallback !== undefined ? { default: String(fallback) } : {}),
      validate: async (raw) => {
        if (raw.trim() === '-') return true;
        const { errors } = this.check(path, convert(raw));
        return errors.length === 0 ? true : this.describe(errors);
      },
    });
    if (answer.trim() === '-') return this.skip(path);
    const value = convert(answer);
    if (value === null) {
      // Empty is only accepted where the rules allow it: an optional field.
      if (this.ctx.mode === 'init' || this.current(path) !== undefined)
        this.ctx.draft.set(path, null);
      return undefined;
    }
    return this.record(path, value, this.check(path, value).warnings);
  }

  private askOption(path: string, options: OptionList, ask: AskOptions): Promise<unknown> {
    // 所属行业 shows its GB/T 4754 letter, so `L` finds 租赁和商务服务业.
    const letter = (v: string) =>
      Object.entries(options.aliases).find(([a, to]) => to === v && /^[A-Z]$/.test(a))?.[0];
    return this.askChoice(
      path,
      options.values.map((v) => ({ value: v, name: letter(v) ? `${letter(v)} ${v}` : v })),
      ask,
      true,
      (v) => (typeof v === 'string' ? canonicalOption(options, v) : undefined),
    );
  }

  /**
   * A select; the rules judge the choice, and one they reject is explained and the question
   * asked again unless the person keeps it (the mistake may be in another answer).
   */
  private async askChoice<T>(
    path: string,
    choices: readonly Choice<T | Skip>[],
    options: AskOptions,
    validate = true,
    canonical: (v: unknown) => unknown = (v) => v,
  ): Promise<unknown> {
    const all: Choice<T | Skip>[] = [...choices];
    if (this.ctx.mode === 'fill' && !all.some((c) => c.value === SKIP))
      all.push({ value: SKIP, name: this.t.keep });
    let fallback = canonical(this.defaultOf(path, options));
    for (;;) {
      const value = await this.ctx.prompter.select<T | Skip>({
        message: this.label(path),
        choices: all,
        ...(all.some((c) => c.value === fallback) ? { default: fallback as T } : {}),
      });
      if (value === SKIP) return this.skip(path);
      if (!validate) return this.record(path, value, []);
      const { errors, warnings } = this.check(path, value);
      if (errors.length === 0) return this.record(path, value, warnings);
      this.ctx.print(this.describe(errors));
      if (!(await this.ctx.prompter.confirm({ message: this.t.retrySelect, default: true })))
        return this.record(path, value, []);
      fallback = value;
    }
  }

  private async askBool(path: string, options: AskOptions): Promise<unknown> {
    for (;;) {
      const current = this.defaultOf(path, options);
      const value = await this.ctx.prompter.confirm({
        message: options.message ?? this.label(path),
        default: current === true,
      });
      const { errors, warnings } = this.check(path, value);
      if (errors.length === 0) return this.record(path, value, warnings);
      this.ctx.print(this.describe(errors));
      if (!(await this.ctx.prompter.confirm({ message: this.t.retrySelect, default: true })))
        return this.record(path, value, []);
      this.ctx.draft.set(path, value);
    }
  }

  /** 会计工作类型: the nine types as a checkbox list; nothing ticked skips the question. */
  private async askDuties(path: string): Promise<unknown> {
    const current = this.current(path);
    const ticked = new Set(
      (Array.isArray(current) ? current : typeof current === 'string' ? [current] : [])
        .map((v) => canonicalOption(DUTIES, String(v)))
        .filter((v): v is string => v !== undefined),
    );
    const hints = Object.entries(DUTY_HINTS);
    const chosen = await this.ctx.prompter.checkbox<string>({
      message: this.label(path),
      choices: DUTIES.values.map((v) => {
        const posts = hints.filter(([, duty]) => duty === v).map(([post]) => post);
        return {
          value: v,
          name: posts.length > 0 ? `${v}（${posts.join('、')}岗位选此项）` : v,
          short: v,
          checked: ticked.has(v),
        };
      }),
      validate: async (values) => {
        if (values.length === 0) return true;
        const { errors } = this.check(path, [...values]);
        return errors.length === 0 ? true : this.describe(errors);
      },
    });
    if (chosen.length === 0) return this.skip(path);
    return this.record(path, chosen, this.check(path, chosen).warnings);
  }

  /** A material's file: the folder's images, the likeliest first; or typed; or not yet. */
  private async askFile(
    path: string,
    kind: Extract<FieldKind, { kind: 'file' }>,
  ): Promise<unknown> {
    const { ranked, named, suggestion } = offerFiles(
      folderImages(this.ctx.folder),
      kind.material,
      this.current(path),
      namedFiles((p) => this.ctx.draft.get(p)),
      kind.multiple === true,
    );
    const asValue = (files: readonly string[]) => (files.length === 1 ? files[0]! : [...files]);

    if (kind.multiple && ranked.length > 0) {
      const picked = await this.ctx.prompter.checkbox<string | Skip>({
        message: this.label(path),
        choices: [
          ...[...new Set([...named, ...ranked])].map((n) => ({
            value: n,
            name: n,
            checked: suggestion.includes(n),
          })),
          // Nothing ticked skips too, but a person looks for the words.
          { value: SKIP, name: this.ctx.mode === 'fill' ? this.t.keep : this.t.noFileYet },
        ],
        validate: async (values) => {
          const files = values.filter((v): v is string => v !== SKIP);
          if (values.includes(SKIP)) return files.length === 0 ? true : this.t.skipAlone;
          if (files.length === 0) return true;
          const { errors } = this.check(path, asValue(files), files);
          return errors.length === 0 ? true : this.describe(errors);
        },
      });
      const chosen = picked.filter((v): v is string => v !== SKIP);
      if (chosen.length === 0) return this.skip(path);
      return this.record(path, asValue(chosen), this.check(path, asValue(chosen), chosen).warnings);
    }

    let answer: string | typeof TYPE | Skip = TYPE;
    if (ranked.length > 0) {
      const choices: Choice<string | typeof TYPE | Skip>[] = [
        ...[...new Set([...named, ...ranked])].map((n) => ({ value: n, name: n })),
        { value: TYPE, name: this.t.otherFile },
        { value: SKIP, name: this.ctx.mode === 'fill' ? this.t.keep : this.t.noFileYet },
      ];
      for (;;) {
        answer = await this.ctx.prompter.select({
          message: this.label(path),
          choices,
          default: suggestion[0] ?? SKIP,
        });
        if (typeof answer !== 'string') break;
        const { errors, warnings } = this.check(path, answer, [answer]);
        if (errors.length === 0) return this.record(path, answer, warnings);
        this.ctx.print(this.describe(errors));
        if (!(await this.ctx.prompter.confirm({ message: this.t.retrySelect, default: true })))
          return this.record(path, answer, []);
      }
    }
    if (answer === SKIP) return this.skip(path);
    const typed = await this.ctx.prompter.text({
      message: this.t.fileName(this.label(path)),
      ...(named.length > 0 ? { default: named.join(', ') } : {}),
      validate: async (raw) => {
        const files = splitFiles(raw);
        if (files.length === 0 || raw.trim() === '-') return true;
        const { errors } = this.check(path, asValue(files), files);
        return errors.length === 0 ? true : this.describe(errors);
      },
    });
    const files = splitFiles(typed);
    if (files.length === 0 || typed.trim() === '-') return this.skip(path);
    return this.record(path, asValue(files), this.check(path, asValue(files), files).warnings);
  }

  /**
   * 所在会计管理部门 as the platform's three pickers: province (or a central body), city
   * (or 省直属), county (or none). Typed when the division data is not there.
   */
  private async askDepartment(path: string): Promise<unknown> {
    const tree = divisionTree();
    const current = this.current(path);
    const typeIt = async (): Promise<unknown> => {
      const answer = await this.ctx.prompter.text({
        message: this.t.department.typed,
        ...(typeof current === 'string' ? { default: current } : {}),
        validate: async (raw) => {
          if (raw.trim() === '-') return true;
          const { errors } = this.check(path, raw.trim() === '' ? null : raw.trim());
          return errors.length === 0 ? true : this.describe(errors);
        },
      });
      if (answer.trim() === '-') return this.skip(path);
      return this.record(path, answer.trim(), this.check(path, answer.trim()).warnings);
    };
    if (!tree) return typeIt();

    for (;;) {
      const pick = await pickDepartment({
        prompter: this.ctx.prompter,
        t: this.t,
        tree,
        current,
        keep: this.ctx.mode === 'fill',
      });
      if (pick.kind === 'skip') return this.skip(path);
      if (pick.kind === 'type') return typeIt();
      const { value } = pick;
      const { errors, warnings } = this.check(path, value);
      if (errors.length === 0) return this.record(path, value, warnings);
      this.ctx.print(this.describe(errors));
      if (!(await this.ctx.prompter.confirm({ message: this.t.retrySelect, default: true })))
        return this.record(path, value, []);
    }
  }
}
