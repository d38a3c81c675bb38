import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from './run-cli.js';

/*
 * Issue 17: most of a one-folder check's time was loading ~330 ES modules (ours and zod's, yaml's,
 * commander's, chalk's). `npm run build` bundles them (scripts/bundle.js) and the bin runs the
 * bundle: a check loads a few dozen files. A module-load hook in the child lists what it loads.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'ausm-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function loadedFiles(args: readonly string[]): string[] {
  const hooks = path.join(dir, 'hooks.mjs');
  const list = path.join(dir, 'loaded.txt');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(list)}, url + '\\n');
  return next(url, context);
}
`,
  );
  const register = path.join(dir, 'register.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  writeFileSync(list, '');
  const run = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(register).href, BIN, ...args],
    {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: '1' },
      timeout: 60_000,
    },
  );
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(list, 'utf8').split('\n').filter(Boolean);
}

describe('start-up', () => {
  it('a check runs from the bundle: few files of ours, none of the bundled packages', () => {
    const files = loadedFiles(['examples/scope-1-accountant', '--today', '2026-11-30']);
    const ours = files.filter((f) => !f.includes('/node_modules/'));
    const bundled = files.filter((f) => /\/node_modules\/(zod|yaml|commander|chalk)\//.test(f));
    expect(ours.filter((f) => f.includes('/dist/bundle/')).length).toBeGreaterThan(0);
    expect(ours.length).toBeLessThan(40);
    expect(bundled).toEqual([]);
  });
});
