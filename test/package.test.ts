import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './cli/run-cli.js';

/**
 * The package as users get it: `npm pack`, installed into an empty folder from the npm cache
 * (offline: `npm ci` filled it), then run through `npx ausm-check` there.
 */
let work = '';
let files: string[] = [];
let tarball = '';

function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, CI: '1', NO_COLOR: '1', npm_config_update_notifier: 'false' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ausm-pack-'));
  // --ignore-scripts: the suite already built dist/, and rebuilding it here would race other tests.
  const pack = sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], REPO);
  expect(pack.code, pack.err).toBe(0);
  const info = JSON.parse(pack.out)[0] as { filename: string; files: { path: string }[] };
  files = info.files.map((f) => f.path);
  tarball = path.join(work, info.filename);
  const app = path.join(work, 'app');
  cpSync(path.join(REPO, 'examples/scope-1-accountant'), path.join(work, 'app/张三'), {
    recursive: true,
  });
  writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  const install = sh('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], app);
  expect(install.code, install.err).toBe(0);
}, 300_000);

const npx = (...args: string[]) =>
  sh('npx', ['--offline', 'ausm-check', ...args], path.join(work, 'app'));

describe('the published package', () => {
  it('holds only what runs: dist, bin, templates, the division data, README, LICENSE', () => {
    expect(files).toContain('bin/ausm-check.js');
    expect(files).toContain('dist/main.js');
    expect(files).toContain('data/divisions.json');
    expect(files).toContain('templates/work-proof.yaml');
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    for (const f of files)
      expect(f).not.toMatch(/^(test|src|examples|scripts|docs)\/|\.map$|\.ts$/);
  });

  it('runs --version with the data date, and rules', () => {
    const version = npx('--version');
    expect(version.code, version.err).toBe(0);
    expect(version.out).toMatch(/^0\.\d+\.\d+ .*2023-06-30/);
    const rules = npx('rules');
    expect(rules.code).toBe(0);
    expect(rules.out).toContain('identity/checksum');
  });

  it('checks a copy of an example folder (exit 0) and writes its work proof', () => {
    const check = npx('张三', '--today=2026-11-26');
    expect(check.code, check.out + check.err).toBe(0);
    expect(check.out).toContain('可以提交');
    const template = npx('template', '张三', '--today=2026-11-26', '--force');
    expect(template.code, template.err).toBe(0);
    expect(readdirSync(path.join(work, 'app/张三')).some((f) => f.endsWith('.docx'))).toBe(true);
    expect(existsSync(tarball)).toBe(true);
  });
});
