import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-in-process.js';

const TODAY = '--today=2026-11-26';

/** A copy of the ready example whose profile.yaml is changed by `edit`. */
function folder(edit: (text: string) => string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ausm-text-')), 'd');
  cpSync(path.join(REPO, 'examples/scope-1-accountant'), dir, { recursive: true });
  const file = path.join(dir, 'profile.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

describe('values and keys of the profile, end to end (issue 13 items 12–14)', () => {
  it.each([
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
    '__proto__',
  ])(
    'a key named %s, top-level and nested, is an unknown-key warning, not an internal error',
    (key) => {
      const dir = folder(
        (t) => `${t.replace(/^basic:.*$/m, (line) => `${line}\n  ${key}: x`)}\n${key}: 1\n`,
      );
      const run = runCli([dir, TODAY, '--format', 'json']);
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      const findings = (JSON.parse(run.stdout) as { findings: { rule: string; field: string }[] })
        .findings;
      expect(findings.filter((f) => f.rule === 'profile/unknown-key').map((f) => f.field)).toEqual(
        expect.arrayContaining([key, `basic.${key}`]),
      );
    },
  );

  it('U+FFFE in the name and a zero-width space in the employer are errors, not 可以提交', () => {
    const dir = folder((t) =>
      t
        .replace(/^(\s+name: )(\S+)/m, (_, k: string, v: string) => `${k}"${v}\\uFFFE"`)
        .replace(/^(\s+- employer: )(\S+)/m, (_, k: string, v: string) => `${k}${v}\u200B`),
    );
    const run = runCli([dir, TODAY]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toContain('可以提交');
    expect(run.stdout).toMatch(/基本信息 › 姓名 \(basic\.name\)\s+profile\.yaml:\d+:\d+/);
    expect(run.stdout).toContain('非字符 U+FFFE');
    expect(run.stdout).toContain('U+200B ZERO WIDTH SPACE');
    expect(run.stdout).not.toContain('\uFFFE');
    expect(run.stdout).not.toContain('\u200B');
  });

  it('a 300,000-character address is an error that says the length and the limit', () => {
    const dir = folder((t) => t.replace(/^(\s+address: ).*$/m, `$1${'路'.repeat(300_000)}`));
    const run = runCli([dir, TODAY, '--lang', 'en']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('has 300000 characters, over the limit of 200');
    expect(run.stdout.length).toBeLessThan(20_000);
  });
});
