/**
 * `runCli` without a process per call: the built CLI's `main` (dist/main.js, what bin/ausm-check.js
 * runs) in one worker thread per test file, called synchronously so that a test written for
 * run-cli.ts needs only its import changed. Each call gives `main` what the spawned CLI would see
 * from run-cli.ts: its arguments, the cwd, the same environment (NO_COLOR, FORCE_COLOR=0, CI=1 and
 * the test's own), stdout and stderr that are pipes (no TTY: not interactive, no progress, no
 * columns), and the command named in hints as bin/ausm-check.js would name it.
 *
 * Use it where the test is about what the CLI decides (exit code, output, files written). Keep
 * run-cli.ts where the process itself matters: its exit, signals, a TTY, a pipe closed early, the
 * bin shim, memory, file permissions of another user, the package.
 */
import { Worker, MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import path from 'node:path';
import { REPO, type CliRun } from './run-cli.js';

export { REPO, type CliRun };

// Plain JavaScript run by the worker (eval: no TypeScript loader there): it imports the built CLI
// once, then runs `main` for each message and wakes the test thread through `flag`.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const load = (file) => import(pathToFileURL(require('node:path').join(workerData.dist, file)).href);
const loaded = Promise.all([load('main.js'), load('cli/command-name.js'), load('cli/color.js')]);
// What a pipe carries: a write is UTF-8 bytes (a lone surrogate becomes U+FFFD), read back as text.
const piped = (text) => Buffer.from(text, 'utf8').toString('utf8');
let reply;
const answer = (result) => {
  if (!reply) return;
  const { port, flag } = reply;
  reply = undefined;
  port.postMessage(result);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};
// What would end the spawned CLI with a stack trace ends this call the same way.
const crash = (error) =>
  answer({ exitCode: 1, stdout: '', stderr: String((error && error.stack) || error) + '\\n', crashed: true });
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
parentPort.on('message', async ({ args, cwd, env, port, flag }) => {
  reply = { port, flag };
  let stdout = '';
  let stderr = '';
  try {
    const [{ main }, { asInvoked, invokedAs }, { wantsColor }] = await loaded;
    const command = invokedAs(env);
    const exitCode = await main(args, {
      stdout: (text) => void (stdout += piped(asInvoked(text, command))),
      stderr: (text) => void (stderr += piped(asInvoked(text, command))),
      command,
      cwd,
      env,
      color: wantsColor(env, false),
      interactive: false,
      progress: undefined,
      columns: undefined,
      onInterrupt: () => () => undefined,
    });
    answer({ exitCode, stdout, stderr });
  } catch (error) {
    crash(error);
  }
});
`;

let worker: Worker | undefined;

function theWorker(): Worker {
  if (worker === undefined) {
    worker = new Worker(WORKER, { eval: true, workerData: { dist: path.join(REPO, 'dist') } });
    worker.unref();
  }
  return worker;
}

/** Runs the built CLI's `main` in this process, as run-cli.ts's `runCli` runs it in a new one. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): CliRun {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1', ...options.env };
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const command = `ausm-check ${args.join(' ')}`;
  try {
    theWorker().postMessage({ args: [...args], cwd: options.cwd ?? REPO, env, port: port2, flag }, [
      port2,
    ]);
    // Like spawnSync's timeout: a call that does not end is stopped and reports no exit code.
    if (Atomics.wait(flag, 0, 0, options.timeout ?? 60_000) === 'timed-out') {
      void worker?.terminate();
      worker = undefined;
      return { command, exitCode: null, stdout: '', stderr: '' };
    }
    const result = receiveMessageOnPort(port1)?.message as
      (Omit<CliRun, 'command'> & { crashed?: boolean }) | undefined;
    if (result === undefined) throw new Error(`no answer from the in-process CLI: ${command}`);
    if (result.crashed) {
      // Its module state may be broken: the next call starts afresh, like a new process.
      void worker?.terminate();
      worker = undefined;
    }
    return { command, exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
  } finally {
    port1.close();
  }
}
