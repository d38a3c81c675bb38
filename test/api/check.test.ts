import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AusmCheckError, checkFolder, formatReport, rules } from '../../src/api/index.js';
import { RULES } from '../../src/rules/index.js';
import { REPO, runCli } from '../cli/run-cli.js';

const TODAY = '2026-11-26';
const work = mkdtempSync(path.join(tmpdir(), 'ausm-api-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The library never writes to the terminal, nor exits: every test here holds it. */
const spies: { mockRestore(): void }[] = [];
let written: string[] = [];
beforeEach(() => {
  written = [];
  const record = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  spies.push(vi.spyOn(process.stdout, 'write').mockImplementation(record));
  spies.push(vi.spyOn(process.stderr, 'write').mockImplementation(record));
  spies.push(
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`process.exit(${String(code)})`);
    }),
  );
});
afterEach(() => {
  for (const s of spies.splice(0)) s.mockRestore();
  expect(written).toEqual([]);
});

async function refusal(run: () => Promise<unknown>): Promise<AusmCheckError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AusmCheckError);
  return error as AusmCheckError;
}

describe('checkFolder', () => {
  it('returns what `check --format json` prints, the same object', async () => {
    const report = await checkFolder('examples/fail-small-photo', { today: TODAY, cwd: REPO });
    const cli = runCli(['check', 'examples/fail-small-photo', '--format=json', `--today=${TODAY}`]);
    expect(cli.exitCode).toBe(1);
    expect(report).toEqual(JSON.parse(cli.stdout));
    expect(report.ready).toBe(false);
    expect(report.findings.map((f) => f.rule)).toContain('photo/min-pixels');
  });

  it('words findings in English with lang: en, and masks the person unless showPii', async () => {
    const dir = path.join(REPO, 'examples/scope-1-accountant');
    const masked = await checkFolder(dir, { today: TODAY, lang: 'en' });
    expect(masked.ready).toBe(true);
    expect(masked.person.id_number).toContain('*');
    const full = await checkFolder(dir, { today: TODAY, showPii: true });
    expect(full.person.id_number).not.toContain('*');
    const broken = await checkFolder(path.join(REPO, 'examples/fail-broken-yaml'), {
      today: TODAY,
      lang: 'en',
    });
    // A profile that cannot be parsed is a finding, not an exception.
    expect(broken.findings[0]).toMatchObject({ rule: 'profile/parse', severity: 'error' });
    expect(broken.findings[0]!.message).toMatch(/^[\x20-\x7e]/);
  });

  it('throws typed errors for what is not about the folder', async () => {
    const missing = await refusal(() => checkFolder(path.join(work, 'nowhere')));
    expect(missing.code).toBe('folder-missing');
    expect(missing.message).toContain('文件夹不存在');
    const file = path.join(work, 'a-file');
    writeFileSync(file, 'x');
    expect((await refusal(() => checkFolder(file, { lang: 'en' }))).code).toBe('not-a-folder');
    expect((await refusal(() => checkFolder(''))).code).toBe('folder-name-empty');
    const bad = await refusal(() => checkFolder(REPO, { today: '26.11.2026', lang: 'en' }));
    expect(bad.code).toBe('bad-option');
    expect(bad.message).toBe('today must be a date YYYY-MM-DD (e.g. 2026-11-26), got "26.11.2026"');
    expect((await refusal(() => checkFolder(REPO, { lang: 'fr' as 'en' }))).code).toBe(
      'bad-option',
    );
  });

  it('reads the documents with deep: true, as --deep does (the engines are dev dependencies)', async () => {
    const report = await checkFolder(path.join(REPO, 'test/fixtures/documents'), {
      deep: true,
      today: '2026-11-30',
    });
    expect(report.ready).toBe(true);
    expect(report.deep?.images.map((i) => `${i.as}:${i.read}`).sort()).toEqual(
      ['certificate', 'diploma', 'face', 'id-back', 'id-front', 'work-proof'].map(
        (k) => `${k}:true`,
      ),
    );
  }, 120_000);

  it('throws bad-config for a configuration that does not load, naming the file', async () => {
    const folder = path.join(work, 'configured');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'ausm-check.config.yaml'), 'rules:\n  photo/blurr: off\n');
    const error = await refusal(() => checkFolder(folder, { lang: 'en', cwd: work }));
    expect(error.code).toBe('bad-config');
    expect(error.message).toContain('configured/ausm-check.config.yaml');
    expect(error.message).toContain('photo/blur');
    // `config: false`: none is looked up.
    const report = await checkFolder(folder, { config: false, today: TODAY });
    expect(report.config).toBeUndefined();
  });
});

describe('formatReport', () => {
  it('renders a checked report in every format of check, as strings', async () => {
    const report = await checkFolder(path.join(REPO, 'examples/fail-small-photo'), {
      today: TODAY,
    });
    expect(formatReport(report, { format: 'json' })).toBe(JSON.stringify(report, null, 2) + '\n');
    expect(formatReport(report, { format: 'compact' })).toMatch(/error photo\/min-pixels /);
    expect(formatReport(report, { format: 'pretty', lang: 'en' })).toContain('Not ready: 1 error');
    expect(formatReport(report, { format: 'junit' })).toContain('<testsuite');
    expect(formatReport(report, { format: 'markdown' })).toContain('200×280');
    expect(formatReport(report, { format: 'html' })).toMatch(/^<!DOCTYPE html>/);
  });

  it('renders a copy only as json, and refuses an unknown format', async () => {
    const report = await checkFolder(path.join(REPO, 'examples/scope-1-accountant'), {
      today: TODAY,
    });
    const copy = JSON.parse(JSON.stringify(report)) as typeof report;
    expect(formatReport(copy, { format: 'json' })).toBe(JSON.stringify(report, null, 2) + '\n');
    const refused = (() => {
      try {
        formatReport(copy, { format: 'pretty' });
      } catch (e) {
        return e;
      }
    })() as AusmCheckError;
    expect(refused.code).toBe('not-a-check-result');
    expect(() => formatReport(report, { format: 'csv' as 'json' })).toThrow(AusmCheckError);
  });
});

describe('rules', () => {
  it('lists every rule with its severity, section and title in both languages', () => {
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of rules) {
      expect(r.title.zh).not.toBe('');
      expect(r.title.en).not.toBe('');
    }
    expect(Object.isFrozen(rules)).toBe(true);
  });
});
