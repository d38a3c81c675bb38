import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkFolder, reportJsonSchema, type Report } from '../../src/api/index.js';
import type { jsonReportSchema } from '../../src/report/json.js';
import { REPO } from '../cli/run-cli.js';

/** The same type, readonly or not (the report types are readonly, zod's output is not). */
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// The exported report type and the zod schema the JSON Schema is made from are one type: a field
// added to one and not the other (even an optional one) fails the typecheck of `npm test`.
const typesAgree: Equal<Mutable<Report>, Mutable<z.output<typeof jsonReportSchema>>> = true;

const EXAMPLES = [
  'fail-broken-yaml',
  'fail-id-check-digit',
  'fail-missing-materials',
  'fail-small-photo',
  'scope-1-accountant',
  'scope-5-economist',
  'warn-department-mismatch',
];
const work = mkdtempSync(path.join(tmpdir(), 'ausm-api-schema-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('reportJsonSchema (`schema --report`)', () => {
  const strict = z.fromJSONSchema(reportJsonSchema({ strict: true }));
  const published = z.fromJSONSchema(reportJsonSchema());

  it('agrees with the exported TypeScript type', () => expect(typesAgree).toBe(true));

  it.each(EXAMPLES)(
    'holds the real report of examples/%s, with no field it does not describe',
    async (name) => {
      for (const lang of ['zh', 'en'] as const) {
        const report = await checkFolder(path.join(REPO, 'examples', name), {
          today: '2026-11-26',
          lang,
          showPii: lang === 'en',
        });
        const parsed = strict.safeParse(report);
        expect(parsed.error?.issues ?? []).toEqual([]);
      }
    },
  );

  it('holds a report with a configuration applied and a waived finding', async () => {
    const folder = path.join(work, 'waived');
    cpSync(path.join(REPO, 'examples/warn-department-mismatch'), folder, { recursive: true });
    const first = await checkFolder(folder, { today: '2026-11-26', config: false });
    const rule = first.findings.find((f) => f.severity === 'warning')!.rule;
    const config = path.join(work, 'ausm-check.config.yaml');
    writeFileSync(
      config,
      `rules:\n  photo/blur: off\nwaivers:\n  - rule: ${rule}\n    reason: checked by HR\n`,
    );
    const report = await checkFolder(folder, { today: '2026-11-26', config });
    expect(report.config?.waivers).toBe(1);
    expect(report.findings.some((f) => f.waived === 'checked by HR')).toBe(true);
    expect(strict.safeParse(report).error?.issues ?? []).toEqual([]);
  });

  it('lets a newer version add fields (published), not the strict form; refuses a wrong value', async () => {
    const report = await checkFolder(path.join(REPO, 'examples/fail-small-photo'), {
      today: '2026-11-26',
    });
    const added = { ...report, added: 1 };
    expect(published.safeParse(added).success).toBe(true);
    expect(strict.safeParse(added).success).toBe(false);
    expect(published.safeParse({ ...report, ready: 'yes' }).success).toBe(false);
    const schema = reportJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.required).toEqual(expect.arrayContaining(['ready', 'findings', 'summary']));
  });
});
