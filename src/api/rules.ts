import type { FormSection, Severity } from '../engine/types.js';
import { CATALOG } from '../messages/index.js';
import type { Localized } from '../messages/types.js';
import { RULES } from '../rules/index.js';

/** One rule of the catalogue, as `ausm-check rules` lists it (rules.md). */
export interface RuleInfo {
  /** Stable id, `section/name`: never renamed once released. */
  readonly id: string;
  /** Its default severity (a configuration may change it). */
  readonly severity: Severity;
  readonly section: FormSection;
  /** One line of what it checks, zh and en. */
  readonly title: Localized;
}

/** Every rule the checker runs, in the catalogue's order. */
export const rules: readonly RuleInfo[] = Object.freeze(
  RULES.map((r) =>
    Object.freeze({
      id: r.id,
      severity: r.severity,
      section: r.section,
      title: Object.freeze({
        zh: CATALOG[r.id]?.title.zh ?? '',
        en: CATALOG[r.id]?.title.en ?? '',
      }),
    }),
  ),
);
