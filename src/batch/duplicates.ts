import type { JsonReport } from '../report/json.js';
import { DUPLICATE_ID_RULE, duplicateIdText, folderList } from '../messages/batch.js';
import { maskPii } from '../messages/format.js';
import type { Lang } from '../messages/types.js';

/** A folder and the ID number its profile gives (absent: none to compare). */
export interface IdEntry {
  readonly target: string;
  /** The number as typed (a YAML number or text); compared without spaces, `x` as `X`. */
  readonly id: unknown;
}

/** The comparable form of an ID number, or undefined when there is none. */
export function idKey(id: unknown): string | undefined {
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  const key = String(id).replace(/\s+/g, '').toUpperCase();
  return key === '' ? undefined : key;
}

/**
 * Folders whose profiles give the same ID number (a copied folder, a pasted number): for each
 * such folder, the others sharing its number, in the order given. Pure: no disk, no words.
 */
export function duplicateIds(entries: readonly IdEntry[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const e of entries) {
    const key = idKey(e.id);
    if (key === undefined) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), e.target]);
  }
  const out = new Map<string, string[]>();
  for (const targets of byKey.values())
    if (targets.length > 1)
      for (const t of targets)
        out.set(
          t,
          targets.filter((o) => o !== t),
        );
  return out;
}

/**
 * The same, from reports only (`--merge`): by the ID as the lines carry it. Run with `--show-pii`,
 * that is the number itself; masked (`530*****3716`), the masked number and the masked name must
 * both agree, and the finding says it is most likely, not certainly, the same number.
 */
export function duplicateIdsInReports(reports: readonly JsonReport[]): Map<string, string[]> {
  return duplicateIds(
    reports.map((r) => {
      const id = r.person.id_number;
      const masked = id?.includes('*') === true;
      return { target: r.target, id: masked ? `${id}|${r.person.name ?? ''}` : id };
    }),
  );
}

/**
 * A report with the `batch/duplicate-id` error added (first among its findings): not ready,
 * its error count one more. The ID is shown masked unless `showPii`.
 */
export function withDuplicateId(
  report: JsonReport,
  others: readonly string[],
  id: unknown,
  opts: { lang: Lang; showPii: boolean },
): JsonReport {
  const t = duplicateIdText(opts.lang);
  const raw = String(id ?? '').trim();
  const masked = raw.includes('*');
  const shown = opts.showPii || masked ? raw : maskPii({ pii: 'id', value: raw });
  const list = folderList(others, opts.lang);
  return {
    ...report,
    ready: false,
    summary: { ...report.summary, error: report.summary.error + 1 },
    findings: [
      {
        rule: DUPLICATE_ID_RULE,
        severity: 'error',
        section: 'basic',
        field: 'basic.id_number',
        message: masked ? t.messageMasked(shown, list) : t.message(shown, list),
        hint: t.hint,
      },
      ...report.findings,
    ],
  };
}
