import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-in-process.js';

const TODAY = '--today=2026-11-26';

/** examples/README.md documents each folder's verdict: `| folder | verdict | exit |` rows. */
function documentedExamples(): { folder: string; exit: number }[] {
  const readme = readFileSync(path.join(REPO, 'examples/README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| \[`([^`]+)`\]\([^)]*\) \| [^|]+ \| (\d) \|/gm)];
  return rows.map((m) => ({ folder: m[1]!, exit: Number(m[2]) }));
}

describe('examples/', () => {
  const documented = documentedExamples();

  it('documents every example folder in examples/README.md', () => {
    const folders = readdirSync(path.join(REPO, 'examples'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(documented.map((d) => d.folder).sort()).toEqual(folders);
  });

  for (const { folder, exit } of documented) {
    it(`${folder} gives the documented verdict (exit ${exit})`, () => {
      const run = runCli([`examples/${folder}`, TODAY]);
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(exit);
      expect(run).toMatchSnapshot();
    });
  }

  for (const { folder } of documented) {
    it(`${folder} in English, as JSON`, () => {
      const run = runCli([`examples/${folder}`, TODAY, '--lang', 'en', '--format', 'json']);
      const report = JSON.parse(run.stdout);
      expect(report.tool).toBe('ausm-check');
      expect(run).toMatchSnapshot();
    });
  }
});
