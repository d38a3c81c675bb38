#!/usr/bin/env node
import { statSync } from 'node:fs';
import os from 'node:os';

// Image decoding runs on libuv's thread pool: give it room for the files in flight
// (measured: docs/benchmark.md). Set before the CLI loads; the user's own setting wins.
process.env.UV_THREADPOOL_SIZE ??= String(Math.max(4, os.availableParallelism() + 2));

// `ausm-check DIR | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

// The bundle of dist/ (scripts/bundle.js, made by `npm run build`) starts faster; a bundle older
// than dist/main.js (a `tsc` run since) is stale, and dist/main.js runs instead.
const mtime = (file) =>
  statSync(new URL(file, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
const bundled = (mtime('../dist/bundle/main.js') ?? -1) >= (mtime('../dist/main.js') ?? Infinity);
const { main } = await import(bundled ? '../dist/bundle/main.js' : '../dist/main.js');
process.exitCode = await main(process.argv.slice(2));
