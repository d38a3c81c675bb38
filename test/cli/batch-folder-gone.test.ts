import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { REPO } from './run-cli.js';

/**
 * A folder deleted (or moved) after `batch` found it and before its check (issue 14, item 4): its
 * row says so in words, not `profile/missing` or a raw `ENOENT`. The fake Io's Ctrl-C hook is
 * registered once discovery is done and before any folder is checked: the folder is removed
 * there, with no timing race.
 */
async function batchWithVanishing(lang: 'zh' | 'en') {
  const root = mkdtempSync(path.join(tmpdir(), 'ausm-batch-gone-'));
  for (const name of ['001-stays', '002-goes'])
    cpSync(path.join(REPO, 'examples/scope-1-accountant'), path.join(root, name), {
      recursive: true,
    });
  let out = '';
  let err = '';
  const code = await main(
    ['batch', root, '--today', '2026-11-26', '--format', 'json', '--jobs', '1', '--lang', lang],
    {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      env: {},
      onInterrupt: () => {
        rmSync(path.join(root, '002-goes'), { recursive: true, force: true });
        return () => {};
      },
    },
  );
  rmSync(root, { recursive: true, force: true });
  return { code, out, err };
}

interface Row {
  target: string;
  ready: boolean;
  findings: { rule: string; message: string; hint: string }[];
}

describe('batch: a folder deleted while the batch runs', () => {
  it.each(['zh', 'en'] as const)('%s: the row says the folder was deleted', async (lang) => {
    const { code, out, err } = await batchWithVanishing(lang);
    expect(err).toBe('');
    expect(code).toBe(1);
    const rows = (JSON.parse(out) as { reports: Row[] }).reports;
    const gone = rows.find((r) => r.target === '002-goes')!;
    expect(rows.find((r) => r.target === '001-stays')!.ready).toBe(true);
    expect(gone.ready).toBe(false);
    expect(gone.findings.map((f) => f.rule)).toEqual(['batch/folder-gone']);
    const text = gone.findings[0]!.message + gone.findings[0]!.hint;
    expect(text).not.toMatch(/ENOENT|profile\.yaml/);
    expect(text).toContain('002-goes');
    expect(text).toMatch(
      lang === 'zh' ? /被删除或移走.*重新运行/ : /deleted or moved.*run .*again/,
    );
  });
});
