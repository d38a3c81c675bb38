#!/usr/bin/env node
// Bundles the built CLI (`dist/main.js`) into `dist/bundle/` for a faster start (issue 17,
// docs/benchmark.md "Speed, round two"): our ~200 modules and zod, yaml, commander and chalk
// become a few chunks, each command still its own chunk loaded on use. sharp (native), and docx,
// @inquirer/prompts and ora (only `template`, `init`/`fill` and progress load them) stay outside.
// `bin/ausm-check.js` runs the bundle when it is there and not older than `dist/main.js`, else
// `dist/main.js`; the library and the tests use `dist/` as before. Run by `npm run build`.
// rolldown is a devDependency (the same version vite, and so vitest, brings: no extra install);
// without it (an install that left dev packages out), nothing is bundled and nothing breaks.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const out = path.join(dist, 'bundle');

let build;
try {
  ({ build } = await import('rolldown'));
} catch {
  console.error('bundle: rolldown is not installed; the CLI runs from dist/main.js');
  process.exit(0);
}

/**
 * A module reads a shipped file relative to itself (`new URL('../../data/x.json',
 * import.meta.url)`); in a chunk of `dist/bundle/` the same text would point elsewhere, so the
 * path is rewritten relative to the bundle folder.
 */
const keepFileUrls = {
  name: 'keep-file-urls',
  transform(code, id) {
    if (!code.includes('import.meta.url')) return null;
    return code.replace(
      /new URL\((['"])(\.{1,2}\/[^'"]+)\1, import\.meta\.url\)/g,
      (_, quote, relative) => {
        const target = path.resolve(path.dirname(id), relative);
        const from = path.relative(out, target).split(path.sep).join('/');
        return `new URL(${quote}${from.startsWith('.') ? from : `./${from}`}${quote}, import.meta.url)`;
      },
    );
  },
};

rmSync(out, { recursive: true, force: true });
await build({
  input: path.join(dist, 'main.js'),
  platform: 'node',
  external: [/^sharp(\/|$)/, /^docx(\/|$)/, /^@inquirer\//, /^ora(\/|$)/, /^node:/],
  plugins: [keepFileUrls],
  output: { dir: out, format: 'esm' },
  logLevel: 'warn',
});
