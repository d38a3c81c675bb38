// `--deep` end to end, as a user runs it: the built CLI in its own process, the real engines
// (dev dependencies), on the photographed test documents (test/fixtures/documents).
import { cpSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../image-fixtures.js';
import { REPO, runCli } from './run-cli.js';

const DOCUMENTS = path.join(REPO, 'test/fixtures/documents');

describe('check --deep (real engines, built CLI)', () => {
  it('finds another ID number on the stamped proof, masked, and names what it read', async () => {
    const folder = path.join(await tempDir(), '王晓梅');
    cpSync(DOCUMENTS, folder, { recursive: true });
    copyFileSync(
      path.join(DOCUMENTS, 'variants/proof-other-id.jpg'),
      path.join(folder, '会计工作证明.jpg'),
    );
    const run = runCli(['check', folder, '--deep', '--today=2026-11-30', '-f', 'json'], {
      timeout: 120_000,
    });
    expect(run.exitCode, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as {
      findings: { rule: string; message: string; file?: string }[];
      deep: { images: { file: string; as: string; read: boolean }[] };
    };
    expect(report.findings.map((f) => f.rule)).toEqual(['document/work-proof-id']);
    const finding = report.findings[0]!;
    expect(finding.file).toBe('会计工作证明.jpg');
    // Both numbers shown masked, never in full without --show-pii.
    expect(finding.message).not.toContain('530102198805210266');
    expect(finding.message).not.toContain('530102198805120260');
    expect(finding.message).toMatch(/530\*+0266/);
    expect(report.deep.images).toContainEqual({
      file: '会计工作证明.jpg',
      as: 'work-proof',
      read: true,
    });
  }, 150_000);
});
