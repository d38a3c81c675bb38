import { cpSync, mkdtempSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distinctId } from './distinct-id.js';
import { REPO, runCli } from './run-in-process.js';

/*
 * Issue 14 item 18: `batch --template` names each proof by its folder once (not
 * `001-001-张伟-…`), a re-run says in one line how many exist and how to replace them, and
 * `--overwrite` (the flag `template` has) replaces them.
 */
describe('batch --template', () => {
  it('names proofs by folder once, sums up existing files in one line, and --overwrite replaces them', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ausm-batch-tpl-'));
    const root = path.join(dir, 'root');
    const out = path.join(dir, 'proofs');
    const example = path.join(REPO, 'examples', 'scope-1-accountant');
    for (const name of ['001-张伟', '002-李娜', '财务部/022-马超']) {
      cpSync(example, path.join(root, name), { recursive: true });
      distinctId(path.join(root, name)); // three people, not one (batch/duplicate-id)
    }
    const run = (...args: string[]) =>
      runCli(['batch', root, '--today=2026-11-26', '--template', '--template-out', out, ...args]);

    const first = run();
    expect(first.exitCode, first.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(3);
    expect(files[0]).toMatch(/^001-张伟-.+\.docx$/);
    expect(files[1]).toMatch(/^002-李娜-.+\.docx$/);
    expect(files.some((f) => f.startsWith('财务部_022-马超-'))).toBe(true);
    expect(files.some((f) => /^\d{3}-\d{3}-/.test(f))).toBe(false);

    const again = run();
    expect(again.exitCode).toBe(0);
    expect(again.stderr).not.toContain('已存在，未覆盖：');
    const existLines = again.stderr.split('\n').filter((l) => l.includes('已存在'));
    expect(existLines).toHaveLength(1);
    expect(existLines[0]).toContain('3 份');
    expect(existLines[0]).toContain('--overwrite');

    const old = new Date('2020-01-01T00:00:00Z');
    for (const f of files) utimesSync(path.join(out, f), old, old);
    const replaced = run('--overwrite');
    expect(replaced.exitCode, replaced.stderr).toBe(0);
    expect(replaced.stderr).not.toContain('已存在');
    for (const f of files)
      expect(statSync(path.join(out, f)).mtimeMs).toBeGreaterThan(old.getTime());

    const en = run('--lang', 'en');
    expect(en.stderr.split('\n').filter((l) => l.includes('exist'))).toHaveLength(1);
  });
});

describe('batch --overwrite', () => {
  it('is refused without --template, which it belongs to', () => {
    const r = runCli(['batch', path.join(REPO, 'examples'), '--overwrite']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--template');
  });
});
