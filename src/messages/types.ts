/**
 * A value that is worded differently per language (e.g. a reason that is itself prose). Defined
 * here, not in engine/types.ts, so that the catalogue's types import nothing back from the engine.
 */
export interface Localized {
  readonly zh: string;
  readonly en: string;
}

export type Lang = 'zh' | 'en';
export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];

export interface MessageText {
  /** What was found and what was expected, with `{placeholders}` for the finding's args. */
  readonly message: Localized;
  /** What to do about it. */
  readonly hint?: Localized;
}

/** Everything a person reads about one rule: `rules`, `explain`, and each finding's words. */
export interface RuleText {
  /** One line: what the rule checks ("should" sentence). */
  readonly title: Localized;
  /** Why: the guide's words (or the standard) it rests on, with the source. */
  readonly source: Localized;
  /** How to fix what it reports, in general. */
  readonly fix: Localized;
  /** Thresholds, what it deliberately does not report, calibration notes. Optional. */
  readonly notes?: Localized;
  /**
   * Keyed by message id; `default` is used when a finding names none. The ids are a rule's
   * vocabulary: `defineRule` lets a rule report only these (see `MessageId` in ./index.ts).
   */
  readonly messages: Readonly<Record<string, MessageText>>;
}

export type Catalog = Readonly<Record<string, RuleText>>;

export function l(zh: string, en: string): Localized {
  return { zh, en };
}
