#!/usr/bin/env node
// Rewrites the generated examples in docs/hr.md from real runs of the built CLI, so that the
// documentation shows what the tool really prints (issue 14 item 24). Each block is
//   <!-- generated: ausm-check ARGS… -->
//   ```lang
//   …the output of `node bin/ausm-check.js ARGS…` run from the repository root…
//   ```
//   <!-- generated:end -->
// `npm run docs`; test/cli/docs-hr.test.ts fails when a block is stale.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DOCS = ['docs/hr.md'];
export const BLOCK =
  /(<!-- generated: ausm-check ([^>]*?) -->\n```(\w*)\n)([\s\S]*?)(```\n<!-- generated:end -->)/g;

/** What the built CLI prints for `args` (split on spaces), as a user without colour sees it. */
export function runDocCommand(args) {
  const result = spawnSync(
    process.execPath,
    [path.join(REPO, 'bin/ausm-check.js'), ...args.split(' ')],
    {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
    },
  );
  if (result.status === null || result.status > 1)
    throw new Error(`ausm-check ${args}: exit ${result.status}\n${result.stderr}`);
  return result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  for (const file of DOCS) {
    const full = path.join(REPO, file);
    const text = await readFile(full, 'utf8');
    const updated = text.replace(BLOCK, (_, open, args, _lang, _old, close) => {
      return `${open}${runDocCommand(args)}${close}`;
    });
    await writeFile(full, updated);
    console.log(`updated ${file}`);
  }
