import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/report/types.js';
import { runCli } from './run-in-process.js';

const TODAY = '--today=2026-11-26';
const READY = 'examples/scope-1-accountant';
const NOT_READY = 'examples/fail-missing-materials';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'ausm-cli-'));
}

describe('exit codes (cli.md)', () => {
  it('0 ready, 1 not ready', () => {
    expect(runCli([READY, TODAY]).exitCode).toBe(0);
    expect(runCli([NOT_READY, TODAY]).exitCode).toBe(1);
    expect(runCli(['check', READY, TODAY]).exitCode).toBe(0);
  });

  it('2 with one clear line for a missing folder, a file, an unknown option or format', () => {
    for (const args of [
      ['no/such/folder'],
      ['package.json'],
      [READY, '--frobnicate'],
      [READY, '--format', 'pdf'],
      [READY, '--today', '2026-13-01'],
    ]) {
      const run = runCli(args);
      expect(run.exitCode, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n').length, run.stderr).toBeLessThanOrEqual(2);
      expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
  });

  it('a broken profile is a finding with line and column, exit 1', () => {
    const run = runCli(['examples/fail-broken-yaml', TODAY, '--format', 'json']);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings[0]).toMatchObject({
      rule: 'profile/parse',
      line: expect.any(Number),
      column: expect.any(Number),
    });
  });

  it('--max-warnings turns warnings into exit 1', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'profile.yaml'),
      readFileSync('examples/scope-1-accountant/profile.yaml', 'utf8') + 'foo: 1\n',
    );
    for (const f of [
      '证件照.jpg',
      '毕业证.jpg',
      '学位证.jpg',
      '会计工作证明.jpg',
      '初级资格证.jpg',
    ])
      writeFileSync(path.join(dir, f), readFileSync(path.join('examples/scope-1-accountant', f)));
    expect(runCli([dir, TODAY]).exitCode).toBe(0);
    expect(runCli([dir, TODAY, '--max-warnings', '0']).exitCode).toBe(1);
  });
});

describe('formats', () => {
  for (const format of FORMATS) {
    it(`--format ${format} renders the not-ready example`, () => {
      const run = runCli([NOT_READY, TODAY, '--format', format]);
      expect(run.exitCode).toBe(1);
      expect(run.stdout.length).toBeGreaterThan(50);
      expect(run).toMatchSnapshot();
    });
  }

  it('json follows the contract of cli.md field for field', () => {
    const report = JSON.parse(runCli([NOT_READY, TODAY, '--format', 'json']).stdout);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'tool',
        'version',
        'target',
        'today',
        'scope',
        'ready',
        'summary',
        'findings',
        'materials',
        'checklist',
        'person',
      ]),
    );
    expect(report).toMatchObject({
      tool: 'ausm-check',
      target: NOT_READY,
      today: '2026-11-26',
      scope: 1,
      ready: false,
    });
    expect(Object.keys(report.summary).sort()).toEqual(['error', 'info', 'warning']);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['rule', 'severity', 'section', 'message', 'hint']),
      );
      expect(['error', 'warning', 'info']).toContain(f.severity);
    }
    for (const m of report.materials)
      expect(['ok', 'missing', 'invalid', 'not-needed']).toContain(m.status);
    expect(report.person).toEqual({ name: '孙**', id_number: '530*****3722' });
  });

  it('masks personal data unless --show-pii', () => {
    const masked = runCli([READY, TODAY]).stdout;
    expect(masked).toContain('张*');
    expect(masked).not.toContain('530102198703173716');
    expect(runCli([READY, TODAY, '--show-pii']).stdout).toContain('530102198703173716');
  });

  it('-o writes the report and prints one line', () => {
    const out = path.join(tempDir(), 'report.json');
    const run = runCli([NOT_READY, TODAY, '--format', 'json', '-o', out]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).ready).toBe(false);
  });

  it('-o into a folder that does not exist is exit 2', () => {
    const run = runCli([READY, TODAY, '-o', '/no/such/dir/report.json']);
    expect(run.exitCode).toBe(2);
  });

  it('--quiet shows errors only', () => {
    const report = JSON.parse(
      runCli(['examples/scope-1-accountant', TODAY, '--quiet', '--format', 'json']).stdout,
    );
    expect(report.findings.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
  });
});

describe('config', () => {
  it('applies rule overrides from ausm-check.config.yaml found upwards, and refuses an unknown rule', () => {
    const root = tempDir();
    const dir = path.join(root, 'person');
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, 'profile.yaml'),
      readFileSync(path.join(NOT_READY, 'profile.yaml')),
    );
    writeFileSync(
      path.join(root, 'ausm-check.config.yaml'),
      'rules:\n  material/missing: "off"\n  material/recommended: "off"\n',
    );
    const report = JSON.parse(runCli([dir, TODAY, '--format', 'json']).stdout);
    expect(report.findings.map((f: { rule: string }) => f.rule)).not.toContain('material/missing');
    writeFileSync(path.join(root, 'ausm-check.config.yaml'), 'rules:\n  material/mising: "off"\n');
    const run = runCli([dir, TODAY]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('material/mising');
  });
});

describe('rules, explain, schema, version', () => {
  it('rules lists every rule', () => {
    const run = runCli(['rules']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('profile/parse');
    expect(run.stdout).toContain('material/missing');
  });
  it('explain prints a rule in full, and suggests for a typo', () => {
    const run = runCli(['explain', 'material/missing']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('填报指南');
    const typo = runCli(['explain', 'material/mising']);
    expect(typo.exitCode).toBe(2);
    expect(typo.stderr).toContain('material/missing');
  });
  it('schema prints a JSON Schema with the platform labels', () => {
    const schema = JSON.parse(runCli(['schema']).stdout);
    expect(schema.properties.basic.properties.id_number.title).toBe('有效身份证件号码');
    expect(schema.properties.basic.properties.gender.enum).toEqual(['男', '女']);
  });
  it('--version prints the version', () => {
    const run = runCli(['--version']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});
