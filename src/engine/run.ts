import { deepSummary } from '../deep/summary.js';
import { checklist } from '../domain/checklist.js';
import { materialStatuses } from '../domain/material-status.js';
import {
  unusedWaiverInput,
  type ProfileWaiver,
  type WaiverSource,
} from '../domain/unused-waiver.js';
import type { Facts } from '../facts/types.js';
import { splitPath } from '../profile/schema.js';
import { naturalCompare } from '../util/compare.js';
import type { OrganisationConfig } from './config.js';
import {
  FORM_SECTIONS,
  type CheckResult,
  type Finding,
  type FindingInput,
  type FormSection,
  type Rule,
  type Severity,
} from './types.js';

export const RULE_ERROR_ID = 'internal/rule-error';
export const UNUSED_WAIVER_ID = 'profile/unused-waiver';

export type SeveritySetting = Severity | 'off';

export interface RunOptions {
  readonly config?: OrganisationConfig;
}

/** The severity a rule runs with, after the organisation's overrides; `off` skips it. */
export function effectiveSeverity(
  rule: Rule,
  config: OrganisationConfig | undefined,
): SeveritySetting {
  return config?.rules?.[rule.id] ?? rule.severity;
}

/** Runs every rule on the facts: a throwing rule becomes a finding, never the end of the run. */
export function runRules(
  facts: Facts,
  rules: readonly Rule[],
  options: RunOptions = {},
): CheckResult {
  const raw: Finding[] = [];
  const ran: string[] = [];
  for (const rule of rules) {
    const setting = effectiveSeverity(rule, options.config);
    if (setting === 'off') continue;
    ran.push(rule.id);
    const report = (input: FindingInput) => {
      // A rule's own variant severity (a warning form of an error rule) is kept unless overridden.
      const overridden = options.config?.rules?.[rule.id] !== undefined;
      const severity = overridden ? setting : (input.severity ?? setting);
      raw.push(makeFinding(facts, rule, input, severity));
    };
    try {
      rule.check(facts, report);
    } catch (error) {
      raw.push(
        makeFinding(
          facts,
          { id: RULE_ERROR_ID, severity: 'error', section: 'profile', check: () => {} },
          {
            args: { rule: rule.id, error: error instanceof Error ? error.message : String(error) },
          },
          'error',
        ),
      );
    }
  }
  const { findings, unused } = applyWaivers(raw, waiverSources(facts, options.config));
  if (ran.includes(UNUSED_WAIVER_ID)) {
    const setting = options.config?.rules?.[UNUSED_WAIVER_ID] ?? 'warning';
    for (const w of unused)
      findings.push(
        makeFinding(
          facts,
          { id: UNUSED_WAIVER_ID, severity: 'warning', section: 'profile', check: () => {} },
          unusedWaiverInput(w),
          setting === 'off' ? 'warning' : setting,
        ),
      );
  }
  const sorted = dedupe(findings).sort(compareFindings);
  const active = sorted.filter((f) => f.waived === undefined);
  const count = (s: Severity) => active.filter((f) => f.severity === s).length;
  const profile = facts.profile.status === 'ok' ? facts.profile.data : undefined;
  return {
    target: facts.target,
    today: facts.today,
    scope: profile?.scope,
    ready: count('error') === 0,
    summary: { error: count('error'), warning: count('warning'), info: count('info') },
    findings: sorted,
    materials: materialStatuses(facts, active),
    checklist: checklist(facts),
    person: { name: profile?.basic?.name, id_number: profile?.basic?.id_number },
    rulesRun: ran,
    ...(facts.deep ? { deep: deepSummary(facts.deep) } : {}),
  };
}

function makeFinding(facts: Facts, rule: Rule, input: FindingInput, severity: Severity): Finding {
  const position =
    input.at ??
    (input.field !== undefined && facts.profile.status === 'ok'
      ? facts.profile.locate(input.field)
      : undefined);
  return {
    rule: rule.id,
    severity,
    section: sectionOf(facts, rule, input),
    messageId: input.messageId ?? 'default',
    args: input.args ?? {},
    ...(input.field !== undefined ? { field: input.field } : {}),
    ...(input.file !== undefined ? { file: input.file } : {}),
    ...(position ? { line: position.line, column: position.column } : {}),
  };
}

function sectionOf(facts: Facts, rule: Rule, input: FindingInput): FormSection {
  let field = input.field;
  if (field === undefined && input.file !== undefined)
    field = facts.materials.find((m) => m.files.includes(input.file!))?.field;
  if (field === undefined) return rule.section;
  const top = String(splitPath(field)[0] ?? '');
  if (top === 'waivers') return 'profile';
  return (FORM_SECTIONS as readonly string[]).includes(top) ? (top as FormSection) : rule.section;
}

function waiverSources(facts: Facts, config: OrganisationConfig | undefined): WaiverSource[] {
  const out: WaiverSource[] = [];
  if (facts.profile.status === 'ok')
    (facts.profile.data.waivers ?? []).forEach((w, index) => {
      if (w.rule !== undefined && w.reason !== undefined)
        out.push({
          rule: w.rule,
          field: w.field,
          file: w.file,
          reason: w.reason,
          origin: { kind: 'profile', index },
        });
    });
  for (const w of config?.waivers ?? [])
    out.push({
      rule: w.rule,
      field: w.field,
      file: w.file,
      reason: w.reason,
      origin: { kind: 'config', file: config!.file },
    });
  return out;
}

function covers(w: WaiverSource, f: Finding): boolean {
  if (w.rule !== f.rule) return false;
  if (
    w.field !== undefined &&
    !(
      f.field === w.field ||
      f.field?.startsWith(`${w.field}.`) ||
      f.field?.startsWith(`${w.field}[`)
    )
  )
    return false;
  if (w.file !== undefined && f.file !== w.file) return false;
  return true;
}

function applyWaivers(
  findings: Finding[],
  waivers: WaiverSource[],
): { findings: Finding[]; unused: ProfileWaiver[] } {
  const used = new Set<WaiverSource>();
  const out = findings.map((f) => {
    const w = waivers.find((candidate) => covers(candidate, f));
    if (!w) return f;
    used.add(w);
    return { ...f, waived: w.reason };
  });
  // Config waivers are organisation-wide: one that matches nothing in this folder is normal.
  return {
    findings: out,
    unused: waivers.filter((w): w is ProfileWaiver => !used.has(w) && w.origin.kind === 'profile'),
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.rule, f.messageId, f.field, f.file, f.args]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const SECTION_ORDER = new Map(FORM_SECTIONS.map((s, i) => [s, i]));

/** Section (the platform's order), then field or file, then rule: never the order checks finished. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SECTION_ORDER.get(a.section)! - SECTION_ORDER.get(b.section)! ||
    naturalCompare(a.field ?? '', b.field ?? '') ||
    naturalCompare(a.file ?? '', b.file ?? '') ||
    naturalCompare(a.rule, b.rule) ||
    naturalCompare(a.messageId, b.messageId) ||
    naturalCompare(JSON.stringify(a.args), JSON.stringify(b.args))
  );
}
