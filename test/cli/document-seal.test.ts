import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli.js';

/*
 * document/seal end to end (issue 15): the built CLI on the photographed test documents. The
 * clean folder stays 可以提交; the same folder with the proof printed before stamping warns.
 */
const DOCUMENTS = path.join(REPO, 'test/fixtures/documents');
const TODAY = ['--today', '2026-11-30'];
const rules = (stdout: string) =>
  (JSON.parse(stdout) as { findings: { rule: string; file?: string }[] }).findings.map(
    (f) => `${f.rule}@${f.file ?? ''}`,
  );

describe('document/seal on the photographed work proofs', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ausm-seal-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the clean folder: no finding at all, exit 0', () => {
    const r = runCli([DOCUMENTS, ...TODAY, '--format', 'json']);
    expect(rules(r.stdout)).toEqual([]);
    expect(r.exitCode).toBe(0);
  });

  it('the proof printed but not stamped: document/seal, named in zh and en', () => {
    const folder = path.join(dir, 'unstamped');
    cpSync(DOCUMENTS, folder, { recursive: true });
    copyFileSync(
      path.join(DOCUMENTS, 'variants/proof-unstamped.jpg'),
      path.join(folder, '会计工作证明.jpg'),
    );
    const json = runCli([folder, ...TODAY, '--format', 'json']);
    expect(rules(json.stdout)).toEqual(['document/seal@会计工作证明.jpg']);
    expect(json.exitCode).toBe(0);
    const zh = runCli([folder, ...TODAY, '--max-warnings', '0']);
    expect(zh.stdout).toContain('会计工作证明.jpg 上没有找到红色公章');
    expect(zh.exitCode).toBe(1);
    expect(runCli([folder, ...TODAY, '--lang', 'en']).stdout).toContain(
      'No red seal (a round red stamp) found on 会计工作证明.jpg',
    );
  });
});
