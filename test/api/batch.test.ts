import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AusmCheckError, checkBatch, formatReport } from '../../src/api/index.js';
import { REPO, runCli } from '../cli/run-cli.js';

const TODAY = '2026-11-26';
let root = '';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ausm-api-batch-'));
  for (const [name, example] of [
    ['财务部/001-张三', 'scope-1-accountant'],
    ['财务部/002-李四', 'fail-small-photo'],
    ['003-王五', 'scope-5-economist'],
    // The same person twice: batch/duplicate-id on both.
    ['004-张三-副本', 'scope-1-accountant'],
  ])
    cpSync(path.join(REPO, 'examples', example!), path.join(root, 'ROOT', name!), {
      recursive: true,
    });
  mkdirSync(path.join(root, 'empty'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function refusal(run: () => Promise<unknown>): Promise<AusmCheckError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AusmCheckError);
  return error as AusmCheckError;
}

describe('checkBatch', () => {
  it('returns what `batch --format json` prints, and formats it as batch does', async () => {
    const seen: string[] = [];
    const batch = await checkBatch('ROOT', {
      today: TODAY,
      cwd: root,
      jobs: 2,
      onReport: (r) => seen.push(r.target),
    });
    const cli = runCli(['batch', 'ROOT', '--format=json', `--today=${TODAY}`, '--jobs=2'], {
      cwd: root,
    });
    expect(cli.exitCode).toBe(1);
    expect(batch).toEqual(JSON.parse(cli.stdout));
    expect(seen.sort()).toEqual(batch.reports.map((r) => r.target).sort());
    expect(batch.summary).toEqual({ folders: 4, ready: 1, not_ready: 3 });
    const dup = batch.reports.find((r) => r.target === '004-张三-副本')!;
    expect(dup.findings[0]!.rule).toBe('batch/duplicate-id');
    expect(formatReport(batch, { format: 'json' })).toBe(cli.stdout);
    expect(formatReport(batch, { format: 'csv' }).split('\n')[0]).toContain('文件夹,姓名');
    const english = await checkBatch(path.join(root, 'ROOT'), { today: TODAY, lang: 'en' });
    expect(formatReport(english, { format: 'csv' }).split('\n')[0]).toMatch(/^\uFEFF?folder,/);
  });

  it('names what it did not look into (a link), and writes nothing to the terminal', async () => {
    const links = path.join(root, 'links');
    cpSync(path.join(REPO, 'examples/scope-1-accountant'), path.join(links, '001'), {
      recursive: true,
    });
    symlinkSync(path.join(links, '001'), path.join(links, '002-link'));
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    try {
      const batch = await checkBatch(links, { today: TODAY, jobs: 1 });
      expect(batch.reports.map((r) => r.target)).toEqual(['001']);
      expect(batch.notFollowed).toEqual([{ path: '002-link', why: 'link' }]);
      expect(out).not.toHaveBeenCalled();
      expect(err).not.toHaveBeenCalled();
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });

  it('stops scheduling when its signal aborts, and says so', async () => {
    const abort = new AbortController();
    abort.abort();
    const batch = await checkBatch(path.join(root, 'ROOT'), { today: TODAY, signal: abort.signal });
    expect(batch).toMatchObject({ interrupted: true, total: 4, reports: [] });
  });

  it('throws typed errors: nothing to check, one applicant folder, a bad option', async () => {
    expect((await refusal(() => checkBatch(path.join(root, 'empty')))).code).toBe(
      'no-applicant-folder',
    );
    const one = await refusal(() => checkBatch(path.join(root, 'ROOT/003-王五'), { lang: 'en' }));
    expect(one.code).toBe('applicant-folder-given');
    expect(one.message).toContain('checkFolder');
    expect((await refusal(() => checkBatch(root, { jobs: 0 }))).code).toBe('bad-option');
    expect((await refusal(() => checkBatch(root, { shard: '5/2' }))).code).toBe('bad-option');
    expect((await refusal(() => checkBatch(path.join(root, 'nope')))).code).toBe('folder-missing');
  });
});
