import type { DeepSummary } from '../deep/summary.js';
import type { Facts } from '../facts/types.js';
import type { MaterialKind } from '../platform/materials.js';
import type { CatalogId, MessageId } from '../messages/index.js';
import type { Localized } from '../messages/types.js';

export type { Localized, MessageId };

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * The platform's form sections, in the order the platform asks them (guide 三（四）).
 * A finding's section comes from its field (`work[1].start` → `work`); findings about
 * things that are not a field (the folder, a stray file) use the rule's own section.
 */
export const FORM_SECTIONS = [
  'profile',
  'department',
  'scope',
  'basic',
  'education',
  'work',
  'qualifications',
  'plan',
  'materials',
] as const;
export type FormSection = (typeof FORM_SECTIONS)[number];

/** Personal data inside a message argument: masked when rendered unless `--show-pii`. */
export interface Pii {
  /** `text`: a line of the profile quoted as it is (a YAML error), which may hold any of them. */
  readonly pii: 'id' | 'phone' | 'name' | 'text';
  readonly value: string;
}
/**
 * Words a rule picks by key, `{ term: 'material', key: 'work-proof' }`, from src/messages/terms.ts:
 * rules hold data, never wording. `args` fill the term's own `{placeholders}`.
 */
export interface Term {
  readonly term: string;
  readonly key: string | number;
  readonly args?: Readonly<Record<string, string | number | Pii>>;
}
export type ArgValue = string | number | Pii | Localized | Term;
export type Args = Readonly<Record<string, ArgValue>>;

/**
 * What a rule reports: data, worded late by `src/messages/`. `M` is the rule's message ids; a rule
 * whose words have no `default` message must name one.
 */
export type FindingInput<M extends string = string> = FindingData &
  ('default' extends M ? { readonly messageId?: M } : { readonly messageId: M });

interface FindingData {
  readonly args?: Args;
  /** YAML path of the profile field, e.g. `work[1].start`. */
  readonly field?: string;
  /** File name relative to the applicant folder. */
  readonly file?: string;
  /** A rule may report a milder or stronger variant of itself (e.g. `identity/name` for rare characters). */
  readonly severity?: Severity;
  /** A position the rule knows better than the field's (a YAML syntax error's). */
  readonly at?: { readonly line: number; readonly column: number };
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly section: FormSection;
  readonly messageId: string;
  readonly args: Args;
  readonly field?: string;
  readonly file?: string;
  /** 1-based position in profile.yaml of the field, or of its nearest present parent. */
  readonly line?: number;
  readonly column?: number;
  /** The reason, when a waiver covers this finding. */
  readonly waived?: string;
}

export type Report<M extends string = string> = (finding: FindingInput<M>) => void;

/**
 * Facts a rule reads beyond the profile and the folder listing; expensive ones are only gathered
 * when a rule needs them. `deep`: what `--deep` read in the images (only when `--deep` is on).
 */
export type FactNeed = 'images' | 'deep';

export interface Rule {
  /** Stable public id, `section/name`: never renamed once released. */
  readonly id: string;
  readonly severity: Severity;
  /** Section used for findings that name no profile field. */
  readonly section: FormSection;
  readonly needs?: readonly FactNeed[];
  /**
   * `false`: no answer typed at a `fill` prompt fixes this rule's findings (a file to replace, a
   * YAML syntax error), so `check`, `init` and `fill` never ask about them. Default: fillable.
   */
  readonly fillable?: false;
  /** A pure function of frozen facts: no fs, no sharp, no console. */
  readonly check: (facts: Facts, report: Report) => void;
}

/** The rules' ids: every id with words in src/messages/ but the engine's own. */
export type RuleId = Exclude<CatalogId, 'internal/rule-error'>;

/**
 * A rule as its file defines it: its `report` takes only the message ids its words define
 * (src/messages/<section>.ts), so that a misspelt or missing id is a compile error.
 */
export interface RuleDefinition<R extends RuleId> extends Omit<Rule, 'id' | 'check'> {
  readonly id: R;
  readonly check: (facts: Facts, report: Report<MessageId<R>>) => void;
}

export function defineRule<R extends RuleId>(rule: RuleDefinition<R>): Rule {
  return rule;
}

export type { MaterialKind } from '../platform/materials.js';

export type MaterialStatus = 'ok' | 'missing' | 'invalid' | 'not-needed';

export interface MaterialEntry {
  readonly material: MaterialKind;
  readonly field: string;
  readonly file?: string;
  readonly files?: readonly string[];
  readonly required: boolean;
  readonly status: MaterialStatus;
}

export interface ChecklistItem {
  readonly id: string;
  readonly material: MaterialKind;
}

/** The organisation configuration a check ran with, as every report states it (issue 13 item 7). */
export interface AppliedConfig {
  /** The file, relative to the working folder. */
  readonly file: string;
  /** Each rule whose severity it changed from the default, and to what (`off` switches it off). */
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
  /** How many waivers it holds. */
  readonly waivers: number;
}

export interface CheckResult {
  readonly target: string;
  readonly today: string;
  readonly scope?: number;
  readonly ready: boolean;
  readonly summary: { readonly error: number; readonly warning: number; readonly info: number };
  readonly findings: readonly Finding[];
  readonly materials: readonly MaterialEntry[];
  readonly checklist: readonly ChecklistItem[];
  readonly person: { readonly name?: string; readonly id_number?: string };
  /** Ids of every rule that ran (for JUnit: one testcase per rule). */
  readonly rulesRun: readonly string[];
  /** The configuration file that applied, if any. */
  readonly config?: AppliedConfig;
  /** What `--deep` read; absent when it did not run. */
  readonly deep?: DeepSummary;
}
