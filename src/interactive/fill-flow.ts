import type { CheckResult, Finding } from '../engine/types.js';
import { fieldLabel } from '../messages/format.js';
import { fieldInfo, joinPath, splitPath } from '../profile/schema.js';
import { Asker, type AskContext } from './asker.js';
import { SECTION_FIELDS, fieldKind, genericPath, labelOf, ownEntry } from './fields.js';
import { interactiveText } from './text.js';
import { checkText } from './validate.js';

/** The fields behind the fillable findings, in the report's order (the platform's sections). */
export function fieldsToFill(
  result: CheckResult,
  fillable: (f: Finding) => boolean,
): { field: string; findings: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  for (const f of result.findings)
    if (fillable(f) && f.field !== undefined)
      groups.set(f.field, [...(groups.get(f.field) ?? []), f]);
  return [...groups]
    .map(([field, findings]) => ({ field, findings, key: formOrder(field) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ field, findings }) => ({ field, findings }));
}

/** A field's place in the form: the schema's key order (the platform's), entry by entry. */
function formOrder(field: string): number[] {
  const parts = splitPath(field);
  return parts.map((part, i) => {
    if (typeof part === 'number') return part;
    const keys = fieldInfo(joinPath(parts.slice(0, i)))?.keys ?? [];
    const at = keys.indexOf(part);
    return at < 0 ? keys.length : at;
  });
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const LISTS: Readonly<Record<string, readonly string[]>> = {
  education: SECTION_FIELDS.education,
  work: SECTION_FIELDS.work,
  'qualifications.accounting': SECTION_FIELDS.accounting,
  'qualifications.other': SECTION_FIELDS.other,
};

/**
 * `fill`: for each field with a fillable error, shows the findings, then asks for the field
 * (or, for a missing list or section, the entry's fields). A field an earlier answer has
 * already put right is not asked.
 */
export async function askFillQuestions(
  ctx: AskContext,
  groups: readonly { field: string; findings: Finding[] }[],
  fillable: (f: Finding) => boolean,
  showPii: boolean,
): Promise<void> {
  const t = interactiveText(ctx.lang);
  const a = new Asker(ctx);
  ctx.print(t.fillIntro(groups.length));
  for (const { field } of groups) {
    const now = checkText(ctx.draft.text(), ctx.folder, ctx.today, ctx.config).findings.filter(
      (f) => fillable(f) && f.field === field,
    );
    if (now.length === 0) continue;
    ctx.print(`\n✗ ${fieldLabel(field, ctx.lang)} (${field})`);
    for (const line of a.describe(now, showPii).split('\n')) ctx.print(`  ${line}`);
    await askField(ctx, a, field);
  }
}

async function askField(ctx: AskContext, a: Asker, field: string): Promise<void> {
  const t = interactiveText(ctx.lang);
  const d = ctx.draft;
  if (fieldKind(field)) {
    await a.ask(field);
    return;
  }
  const generic = genericPath(field);
  const askAll = async (prefix: string, fields: readonly string[]) => {
    for (const f of fields) await a.ask(`${prefix}.${f}`);
  };
  if (generic === 'basic') return askAll('basic', SECTION_FIELDS.basic);
  if (generic === 'plan') return askAll('plan', SECTION_FIELDS.plan);
  if (generic === 'work[].contact') return askAll(field, ['name', 'phone']);
  const list = ownEntry(LISTS, generic);
  if (list) {
    if (
      !(await ctx.prompter.confirm({
        message: t.addEntry(labelOf(field, ctx.lang)),
        default: true,
      }))
    )
      return;
    const entries = d.get(field);
    const index = Array.isArray(entries) ? entries.length : 0;
    ctx.print(`${t.entry(labelOf(field, ctx.lang), index + 1)}`);
    return askAll(`${field}[${index}]`, list);
  }
  const entry = LISTS[generic.replace(/\[\]$/, '')];
  if (entry) return askAll(field, entry);
  if (generic === 'qualifications') {
    const scope = d.get('scope');
    const which = scope === 5 ? 'qualifications.other' : 'qualifications.accounting';
    return askField(ctx, a, which);
  }
  ctx.print(`  ${t.cannotAsk}`);
}
