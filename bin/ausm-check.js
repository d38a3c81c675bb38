#!/usr/bin/env node
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

const { main } = await import('../dist/main.js');
process.exitCode = await main(process.argv.slice(2));
