import { EXIT, type Io } from './cli/io.js';
import { UsageError } from './cli/errors.js';
import { asInvoked, invokedAs } from './cli/command-name.js';
import { buildProgram } from './cli/program.js';
import { wantsColor } from './cli/color.js';

/** The whole CLI: parses argv, runs one command, returns the exit code. Nothing else exits. */
export async function main(argv: readonly string[], overrides: Partial<Io> = {}): Promise<number> {
  const env = overrides.env ?? process.env;
  const lang = pickLang(argv, env);
  const command = overrides.command ?? invokedAs(env);
  const io: Io = {
    // Hints name commands the user can type: `npx ausm-check init` after npx (issue 14 item 6).
    stdout: (text) => process.stdout.write(asInvoked(text, command)),
    stderr: (text) => process.stderr.write(asInvoked(text, command)),
    command,
    lang,
    color: wantsColor(env, Boolean(process.stdout.isTTY)),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) && !env['CI'],
    cwd: process.cwd(),
    env,
    progress: process.stderr.isTTY ? process.stderr : undefined,
    columns: process.stdout.isTTY ? process.stdout.columns || 80 : undefined,
    onInterrupt: (handler) => {
      // Stays registered (not `once`): signal-exit (ora's cursor restore) kills the process when
      // it is the last SIGINT listener left, before the partial summary is printed. A second
      // Ctrl-C does not wait for the folders in flight (issue 14, item 14).
      let count = 0;
      const listener = () => {
        if (++count === 1) handler();
        else process.exit(EXIT.interrupted);
      };
      process.on('SIGINT', listener);
      return () => void process.removeListener('SIGINT', listener);
    },
    ...overrides,
  };
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return program.exitCodeSet ?? EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ausm-check: ${error.message}\n`);
      return EXIT.usage;
    }
    const code = (error as { code?: string; exitCode?: number }).code;
    if (typeof code === 'string' && code.startsWith('commander.')) {
      // Help and version are successes; anything else commander refused is a usage error.
      if (
        code === 'commander.helpDisplayed' ||
        code === 'commander.version' ||
        code === 'commander.help'
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    // A bug of ours: its own exit code, one line asking for a report, not a stack trace
    // (AUSM_CHECK_DEBUG=1 shows it).
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      lang === 'zh'
        ? `ausm-check: 内部错误：${detail}（这是检查工具的问题，请报告；设置 AUSM_CHECK_DEBUG=1 可看详细信息）\n`
        : `ausm-check: internal error: ${detail} (a bug in the checker, please report it; AUSM_CHECK_DEBUG=1 shows details)\n`,
    );
    if (env['AUSM_CHECK_DEBUG'] && error instanceof Error && error.stack)
      io.stderr(`${error.stack}\n`);
    return EXIT.internal;
  }
}

/** `--lang` is read before commander so that help and usage errors are in the right language. */
function pickLang(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): 'zh' | 'en' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value =
    i < 0 ? env['AUSM_CHECK_LANG'] : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh';
}
