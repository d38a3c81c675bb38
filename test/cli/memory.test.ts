import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../image-fixtures.js';
import { BIN, REPO } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ausm-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built CLI in a child that reports its own peak RSS (MB) when it exits. */
function runMeasured(args: readonly string[]) {
  const wrapper = path.join(dir, 'measure.mjs');
  const report = path.join(dir, 'maxrss.txt');
  writeFileSync(
    wrapper,
    `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));
process.argv.splice(1, 1, ${JSON.stringify(BIN)});
await import(${JSON.stringify(pathToFileURL(BIN).href)});
`,
  );
  const run = spawnSync(process.execPath, [wrapper, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: '1' },
    timeout: 60_000,
  });
  return { ...run, maxRssMb: Number(readFileSync(report, 'utf8')) / 1024 };
}

/**
 * A progressive JPEG keeps every coefficient of the whole image while it is decoded, whatever
 * size it is shrunk to: this 36 MP photo of a few hundred KB took ~320 MB before it was left
 * undecoded. The bound is generous (the check itself needs ~100 MB).
 */
describe('memory', () => {
  it('checks a folder with a 36 MP progressive photo in bounded memory', () => {
    const folder = path.join(dir, 'applicant');
    cpSync(path.join(REPO, 'examples/scope-1-accountant'), folder, { recursive: true });
    copyFileSync(fixture('giant-progressive.jpg'), path.join(folder, '证件照.jpg'));
    const run = runMeasured([folder, '--format', 'json', '--today', '2026-11-26']);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { findings: { rule: string; message: string }[] };
    const finding = report.findings.find((f) => f.rule === 'file/too-large');
    expect(finding?.message).toContain('渐进式 JPEG');
    expect(run.maxRssMb).toBeLessThan(200);
  });
});
