#!/usr/bin/env node
// One-folder start-up benchmark (issue 17, docs/benchmark.md "Speed, round two"): the floor (a
// bare Node, Node + sharp), `--version`, a check of examples/scope-1-accountant from the modules
// of `dist/`, and the same check as the bin runs it, from the bundle `dist/bundle/`
// (scripts/bundle.js). Interleaved runs (A, B, C, A, B, C …) so that load from other work on the
// machine spoils one try of each, not every try of one; medians of wall time and of CPU time
// (user + sys of the child, from GNU `time`), which a busy machine
// disturbs much less than wall time. Usage: `npm run build && node scripts/bench-startup.js [--runs N]`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 9;
const example = path.join(root, 'examples/scope-1-accountant');
const check = [example, '--today', '2026-11-30'];

/** Wall and CPU (user + sys) time of one child, from GNU time; without it, wall time only. */
function cpuOf(args) {
  if (!existsSync('/usr/bin/time')) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    return { status: r.status, wall: performance.now() - t, cpu: NaN };
  }
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const [wall, user, sys] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { status: r.status, wall: wall * 1000, cpu: (user + sys) * 1000 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const unbundled = [
  "import os from 'node:os';",
  'process.env.UV_THREADPOOL_SIZE ??= String(Math.max(4, os.availableParallelism() + 2));',
  "const { main } = await import('./dist/main.js');",
  `process.exitCode = await main(${JSON.stringify(check)});`,
].join('\n');
const bundled = existsSync(path.join(root, 'dist/bundle/main.js'));
const modes = [
  ['node -e 0', ['-e', '0']],
  ['node + sharp (the floor)', ['--input-type=module', '-e', 'await import("sharp")']],
  ['ausm-check --version', ['bin/ausm-check.js', '--version']],
  [
    'check of examples/scope-1-accountant from dist/main.js',
    ['--input-type=module', '-e', unbundled],
  ],
  ...(bundled
    ? [['the same check as the bin runs it (dist/bundle/)', ['bin/ausm-check.js', ...check]]]
    : []),
];
const results = new Map(modes.map(([name]) => [name, { wall: [], cpu: [] }]));
for (let i = 0; i < runs; i++)
  for (const [name, args] of modes) {
    const r = cpuOf(args);
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
    results.get(name).wall.push(r.wall);
    results.get(name).cpu.push(r.cpu);
  }
const floor = median(results.get('node -e 0').cpu);
console.log(`Medians of ${runs} interleaved runs; Node ${process.version}.\n`);
console.log('| command | wall | CPU | CPU ÷ `node -e 0` |\n| --- | ---: | ---: | ---: |');
for (const [name, { wall, cpu }] of results)
  console.log(
    `| ${name} | ${(median(wall) / 1000).toFixed(2)} s | ${(median(cpu) / 1000).toFixed(2)} s | ${(median(cpu) / floor).toFixed(1)}× |`,
  );
if (!bundled) console.log('\n(no dist/bundle/: rolldown was not installed at build time.)');
