import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { REPO, runCli } from './run-in-process.js';

/*
 * Issue 13 item 7: `ausm-check.config.yaml` is looked up from the folder upwards, so an applicant
 * can put one in their own folder that switches every rule off: the folder was 可以提交 and no
 * report said a configuration applied. Every format now names the file and what it changed, and
 * in batch a configuration inside an employee's folder does not apply.
 */
const TODAY = '--today=2026-11-26';
const ALL_OFF = `rules:\n${RULES.map((r) => `  ${r.id}: "off"`).join('\n')}\n`;
let work = '';
let person = '';

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ausm-config-'));
  person = path.join(work, 'person');
  cpSync(path.join(REPO, 'examples', 'fail-missing-materials'), person, { recursive: true });
  writeFileSync(path.join(person, 'ausm-check.config.yaml'), ALL_OFF);
});

describe('every check report says which configuration applied (issue 13 item 7)', () => {
  it('json: a config field with the file and the rules it changed', () => {
    const run = runCli(['person', TODAY, '--format', 'json'], { cwd: work });
    const report = JSON.parse(run.stdout);
    expect(report.config).toEqual({
      file: path.join('person', 'ausm-check.config.yaml'),
      rules: Object.fromEntries(RULES.map((r) => [r.id, 'off'])),
      waivers: 0,
    });
  });

  for (const format of ['pretty', 'markdown', 'html', 'junit'])
    it(`${format}: names the file and the rules switched off`, () => {
      for (const lang of ['zh', 'en']) {
        const run = runCli(['person', TODAY, '--format', format, '--lang', lang], { cwd: work });
        expect(run.stdout).toContain('ausm-check.config.yaml');
        expect(run.stdout).toContain('material/missing');
        expect(run.stdout).toContain(lang === 'zh' ? '已关闭' : 'switched off');
      }
    });

  it('says which rules changed and how many waivers, and nothing when no config applied', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ausm-config-'));
    const config = path.join(dir, 'org.yaml');
    writeFileSync(
      config,
      [
        'rules:',
        '  material/missing: warning',
        '  photo/blur: warning', // its default: not a change
        'waivers:',
        '  - { rule: material/recommended, reason: 单位统一补交 }',
      ].join('\n'),
    );
    const given = runCli(['person', TODAY, '--config', config, '--lang', 'en'], { cwd: work });
    expect(given.stdout).toContain(
      `Checked with the configuration ${path.relative(work, config)}: material/missing set to warning; 1 waiver(s)`,
    );
    expect(given.stdout).not.toContain('photo/blur set');
    const none = runCli([
      path.join(REPO, 'examples', 'fail-missing-materials'),
      TODAY,
      '--format',
      'json',
    ]);
    expect(JSON.parse(none.stdout)).not.toHaveProperty('config');
  });
});

describe('batch and configurations (issue 13 item 7)', () => {
  let root = '';
  beforeAll(() => {
    root = path.join(work, 'root');
    mkdirSync(root);
    cpSync(person, path.join(root, 'mallory'), { recursive: true }); // carries its all-off config
    cpSync(path.join(REPO, 'examples', 'scope-1-accountant'), path.join(root, 'alice'), {
      recursive: true,
    });
  });

  it('a configuration inside an employee folder does not apply', () => {
    const run = runCli(['batch', 'root', TODAY, '--format', 'json'], { cwd: work });
    expect(run.exitCode, run.stderr).toBe(1);
    const reports = JSON.parse(run.stdout).reports;
    const mallory = reports.find((r: { target: string }) => r.target === 'mallory');
    expect(mallory.ready).toBe(false);
    for (const r of reports) expect(r).not.toHaveProperty('config');
  });

  it('one at ROOT applies and every format says so', () => {
    const config = path.join(root, 'ausm-check.config.yaml');
    writeFileSync(config, 'rules:\n  material/missing: "off"\n');
    try {
      const json = JSON.parse(
        runCli(['batch', 'root', TODAY, '--format', 'json'], { cwd: work }).stdout,
      );
      for (const r of json.reports)
        expect(r.config).toEqual({
          file: path.join('root', 'ausm-check.config.yaml'),
          rules: { 'material/missing': 'off' },
          waivers: 0,
        });
      for (const format of ['pretty', 'csv', 'html', 'junit', 'ndjson']) {
        const out = runCli(['batch', 'root', TODAY, '--format', format], { cwd: work }).stdout;
        expect(out, format).toContain(path.join('root', 'ausm-check.config.yaml'));
        expect(out, format).toContain('material/missing');
      }
      // and a merge of the NDJSON still says so
      const ndjson = path.join(work, 'all.ndjson');
      writeFileSync(
        ndjson,
        runCli(['batch', 'root', TODAY, '--format', 'ndjson'], { cwd: work }).stdout,
      );
      const merged = runCli(['batch', '--merge', ndjson, '--lang', 'en'], { cwd: work });
      expect(merged.stdout).toContain('material/missing switched off');
    } finally {
      rmSync(config);
    }
  });
});
