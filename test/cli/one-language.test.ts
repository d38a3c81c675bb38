import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-in-process.js';

/*
 * Issue 14 items 4, 6 and 7: every message in the chosen language, saying where and how to fix,
 * never a raw errno, an English library sentence or a `{placeholder}`; hints name commands the
 * user can type; the wrong one of check/batch is pointed at the other.
 */
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ausm-lang-'));
});

/** No raw errno code standing alone, no English library words, in a zh line. */
function expectChinese(text: string) {
  expect(text).not.toMatch(/ENOENT(?!）)/);
  expect(text).not.toMatch(/not a JSON line|Invalid input|expected|K\/N|Maximum call stack/);
}

describe('usage errors in Chinese (item 4)', () => {
  it('refuses an empty DIR instead of checking the current folder', () => {
    const run = runCli(['']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('文件夹参数为空');
  });

  it('says which shard is out of range, in words and with the numbers', () => {
    mkdirSync(path.join(dir, 'shard-root'), { recursive: true });
    const run = runCli(['batch', path.join(dir, 'shard-root'), '--shard', '5/4']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('--shard 5/4');
    expect(run.stderr).toContain('共 4 份');
    expectChinese(run.stderr);
  });

  it('says a --merge file does not exist, not ENOENT', () => {
    const run = runCli(['batch', '--merge', path.join(dir, 'nope.ndjson')]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('文件不存在');
    expectChinese(run.stderr);
  });

  it('words the schema reason of a bad --merge line in Chinese', () => {
    const file = path.join(dir, 'bad.ndjson');
    writeFileSync(file, JSON.stringify({ tool: 'ausm-check', target: 3 }) + '\n');
    const run = runCli(['batch', '--merge', file]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`${file}:1`);
    expectChinese(run.stderr);
  });

  it('accepts an NDJSON file that starts with a byte-order mark', () => {
    const root = path.join(dir, 'bom-root');
    cpSync(path.join(REPO, 'examples', 'scope-1-accountant'), path.join(root, 'a'), {
      recursive: true,
    });
    const made = runCli(['batch', root, '--today=2026-11-26', '--format', 'ndjson']);
    const file = path.join(dir, 'bom.ndjson');
    writeFileSync(file, '\uFEFF' + made.stdout);
    const run = runCli(['batch', '--merge', file, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
  });

  it('suggests the nearest rule for a typo in the configuration, in Chinese', () => {
    const folder = path.join(dir, 'config-typo');
    cpSync(path.join(REPO, 'examples', 'scope-1-accountant'), folder, { recursive: true });
    writeFileSync(path.join(folder, 'ausm-check.config.yaml'), 'rules:\n  photo/formta: warning\n');
    const run = runCli([folder, '--today=2026-11-26']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('photo/format');
    expect(run.stderr).toContain('没有规则');
  });

  it('shows the bad line of a configuration YAML error with a caret', () => {
    const file = path.join(dir, 'bad-config.yaml');
    writeFileSync(file, 'rules:\n  photo/format: [warning\n');
    const run = runCli([path.join(REPO, 'examples', 'scope-1-accountant'), '--config', file]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/bad-config\.yaml:\d+:\d+/);
    expect(run.stderr).toContain('^');
  });
});

describe('explain in the chosen language (item 4)', () => {
  it('translates the severity and renders placeholders as names', () => {
    const run = runCli(['explain', 'education/duration']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('严重程度: 提示');
    expect(run.stdout).not.toMatch(/\{\w+\}/);
    expect(run.stdout).toContain('〈');
  });
});

describe('dates keep four digits (item 4)', () => {
  it('prints 0000-01-01 as given', () => {
    const folder = path.join(dir, 'year-zero');
    cpSync(path.join(REPO, 'examples', 'scope-1-accountant'), folder, { recursive: true });
    const file = path.join(folder, 'profile.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/birth_date: [0-9-]+/, 'birth_date: 0000-01-01'),
    );
    const run = runCli([folder, '--today=2026-11-26']);
    expect(run.stdout).not.toMatch(/[^0-9]0-01-01/);
  });
});

describe('hints name commands the user can type (item 6)', () => {
  it('says npx ausm-check when run through npx', () => {
    const folder = path.join(dir, 'empty-for-npx');
    mkdirSync(folder, { recursive: true });
    const env = { npm_command: 'exec', npm_lifecycle_script: `ausm-check ${folder}` };
    const run = runCli([folder, '--today=2026-11-26'], { env });
    expect(run.stdout).toContain('npx ausm-check init');
    expect(run.stdout).not.toContain('examples/');
  });

  it('finds a bundled template by name', () => {
    const folder = path.join(dir, 'template-by-name');
    cpSync(path.join(REPO, 'examples', 'scope-1-accountant'), folder, { recursive: true });
    const run = runCli(
      ['template', folder, '--template', 'work-commitment', '--today=2026-11-26'],
      { cwd: dir },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
  });
});

describe('check and batch point at each other (item 7)', () => {
  it('suggests batch when check is given a folder of applicant folders', () => {
    const root = path.join(dir, 'staff');
    cpSync(path.join(REPO, 'examples', 'scope-1-accountant'), path.join(root, '001-a'), {
      recursive: true,
    });
    const run = runCli([root, '--today=2026-11-26']);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`ausm-check batch ${root}`);
  });

  it('suggests check when batch is given one applicant folder', () => {
    const folder = path.join(REPO, 'examples', 'scope-1-accountant');
    const run = runCli(['batch', folder, '--today=2026-11-26']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`ausm-check check ${folder}`);
  });

  it('reports profile.yml beside profile.yaml', () => {
    const folder = path.join(dir, 'two-profiles');
    cpSync(path.join(REPO, 'examples', 'scope-1-accountant'), folder, { recursive: true });
    writeFileSync(path.join(folder, 'profile.yml'), 'basic:\n  name: 旧\n');
    const run = runCli([folder, '--today=2026-11-26']);
    expect(run.stdout).toContain('profile.yml');
    expect(run.stdout).toContain('profile.yaml');
  });
});
