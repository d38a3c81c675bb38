import type { DeepReader } from './deep/types.js';
import type { OrganisationConfig } from './engine/config.js';
import { effectiveSeverity, runRules } from './engine/run.js';
import type { CheckResult, FactNeed, Rule } from './engine/types.js';
import { collectFacts, type ImageConcurrency } from './facts/collect.js';
import { RULES } from './rules/index.js';

export interface CheckOptions {
  readonly today: string;
  readonly config?: OrganisationConfig;
  readonly rules?: readonly Rule[];
  /** Set by `batch` from `--jobs`; a lone check leaves it out. */
  readonly images?: ImageConcurrency;
  /** `--deep`: the engines that read the images (src/deep/load.ts). */
  readonly deep?: DeepReader;
}

/** Checks one applicant folder: facts first (only those the enabled rules need), then the rules. */
export async function checkFolder(dir: string, options: CheckOptions): Promise<CheckResult> {
  const rules = options.rules ?? RULES;
  const needs = new Set<FactNeed>();
  for (const rule of rules)
    if (effectiveSeverity(rule, options.config) !== 'off')
      for (const n of rule.needs ?? []) needs.add(n);
  const facts = await collectFacts(dir, {
    today: options.today,
    needs,
    ...(options.images ? { images: options.images } : {}),
    ...(options.deep ? { deep: options.deep } : {}),
  });
  return runRules(facts, rules, { config: options.config });
}
