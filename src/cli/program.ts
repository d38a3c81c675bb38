import { Command, Option } from 'commander';
import { todayText } from '../profile/dates.js';
import { BATCH_FORMATS } from '../report/batch/types.js';
import type { BatchCommandOptions } from './commands/batch.js';
import type { FixOptions } from './commands/fix.js';
import { helpConfiguration, helpWidth } from './help.js';
import { batchCliText } from './batch-text.js';
import { cliText } from './text.js';
import { EXIT, type Io } from './io.js';
import { addCommonOptions, parsePositive, parseToday, type CommonOptions } from './options.js';
import { VERSION } from '../version.js';

export type ProgramWithExit = Command & { exitCodeSet?: number };

/** Commander's own words (headings, defaults, common errors) in Chinese, for `--help` in zh. */
const HELP_ZH: readonly (readonly [RegExp, string])[] = [
  [/^Usage:/gm, '用法：'],
  [/^Arguments:/gm, '参数：'],
  [/^Options:/gm, '选项：'],
  [/^Commands:/gm, '命令：'],
  [/\[options\]/g, '[选项]'],
  [/\[command\]/g, '[命令]'],
  [/, default:(\s+)([^)]*)\)/g, '，默认：$1$2)'],
  [/\(choices: ([^)]*)\)/g, '（可选：$1）'],
  [/\(default: ([^)]*)\)/g, '（默认：$1）'],
  [/error: unknown option '([^']*)'/g, "错误：未知选项 '$1'"],
  [/error: unknown command '([^']*)'/g, "错误：未知命令 '$1'"],
  [/error: missing required argument '([^']*)'/g, "错误：缺少参数 '$1'"],
  [/error: too many arguments/g, '错误：参数过多'],
  [/error: option '([^']*)' argument '([^']*)' is invalid\./g, "错误：选项 '$1' 的值 '$2' 无效。"],
  [/Allowed choices are ([^.]*)\./g, '可选值：$1。'],
  [/\(Did you mean ([^?]*)\?\)/g, '（是不是 $1？）'],
];

export function localizeHelp(text: string): string {
  return HELP_ZH.reduce((s, [pattern, replacement]) => s.replace(pattern, replacement), text);
}

export function buildProgram(io: Io): ProgramWithExit {
  const t = cliText(io.lang);
  const program: ProgramWithExit = new Command('ausm-check');
  const setExit = (code: number) => {
    program.exitCodeSet = code;
  };
  program
    .description(t.description)
    .version(VERSION.line(), '-v, --version', t.optVersion)
    .helpOption('-h, --help', t.optHelp)
    .helpCommand(false)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureHelp(helpConfiguration(io.lang, helpWidth(io.columns)))
    .configureOutput({
      // Help is formatted in the user's language (help.ts); only commander's errors need words.
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(io.lang === 'zh' ? localizeHelp(s) : s),
      outputError: (s, write) => write(s.startsWith('error:') ? `ausm-check: ${s}` : s),
    });

  addCommonOptions(
    program
      .command('check', { isDefault: true })
      .description(t.cmdCheck)
      .argument('[dirs...]', t.argDirs),
    io,
  ).action(async (dirs: string[], opts: CommonOptions, cmd: Command) => {
    // Bare `ausm-check` (or `check` alone): the usage and the commands, exit 2 (nothing checked).
    const rawArgs = (program as unknown as { rawArgs: string[] }).rawArgs;
    if (dirs.length === 0) {
      (rawArgs.includes('check') ? cmd : program).outputHelp({ error: true });
      setExit(EXIT.usage);
      return;
    }
    const { namedCheck, refuseMistypedCommand } = await import('./default-command.js');
    if (!namedCheck(rawArgs, dirs[0]!))
      await refuseMistypedCommand(
        dirs[0]!,
        program.commands.map((c) => c.name()),
        io,
      );
    const { checkCommand } = await import('./commands/check.js');
    setExit(await checkCommand(dirs, opts, io));
  });

  program
    .command('init')
    .description(t.cmdInit)
    .argument('[dir]', t.argInitDir)
    .addOption(new Option('--lang <lang>', t.optLang).choices(['zh', 'en']).default(io.lang))
    .option('--today <date>', t.optToday, parseToday, todayText())
    .action(async (dir: string | undefined, opts: { lang: 'zh' | 'en'; today: string }) => {
      const { initCommand } = await import('./commands/init.js');
      setExit(await initCommand(dir, opts, io));
    });

  program
    .command('fill')
    .description(t.cmdFill)
    .argument('<dir>', t.argDir)
    .addOption(new Option('--lang <lang>', t.optLang).choices(['zh', 'en']).default(io.lang))
    .option('--today <date>', t.optToday, parseToday, todayText())
    .action(async (dir: string, opts: { lang: 'zh' | 'en'; today: string }) => {
      const { fillCommand } = await import('./commands/fill.js');
      setExit(await fillCommand(dir, opts, io));
    });

  addCommonOptions(
    program.command('batch').description(t.cmdBatch).argument('[root]', t.argRoot),
    io,
    BATCH_FORMATS,
  )
    .option('--jobs <n>', t.optJobs, parsePositive)
    .option('--shard <k/n>', t.optShard)
    .option('--merge <files...>', t.optMerge)
    .option('--findings-csv <file>', t.optFindingsCsv)
    .option('--template', t.optBatchTemplate, false)
    .option('--template-out <dir>', t.optTemplateOut)
    .option('--overwrite', batchCliText(io.lang).optOverwrite, false)
    .action(async (root: string | undefined, opts: BatchCommandOptions) => {
      const { batchCommand } = await import('./commands/batch.js');
      setExit(await batchCommand(root, opts, io));
    });

  program
    .command('template')
    .description(t.cmdTemplate)
    .argument('<dir>', t.argDir)
    .option('--out <dir>', t.optOut)
    .option('--force', t.optForce, false)
    .option('--overwrite', t.optOverwrite, false)
    .option('--template <file>', t.optTemplate)
    .addOption(new Option('--lang <lang>', t.optLang).choices(['zh', 'en']).default(io.lang))
    .option('--today <date>', t.optToday, parseToday, todayText())
    .action(
      async (
        dir: string,
        opts: {
          out?: string;
          force: boolean;
          overwrite: boolean;
          template?: string;
          today: string;
        },
      ) => {
        const { templateCommand } = await import('./commands/template.js');
        setExit(await templateCommand(dir, opts, io));
      },
    );

  program
    .command('fix')
    .description(t.cmdFix)
    .argument('<dir>', t.argDir)
    .option('--out <dir>', t.optFixOut)
    .option('--force', t.optFixForce, false)
    .option('--dry-run', t.optDryRun, false)
    .addOption(new Option('--lang <lang>', t.optLang).choices(['zh', 'en']).default(io.lang))
    .option('--today <date>', t.optToday, parseToday, todayText())
    .action(async (dir: string, opts: FixOptions) => {
      const { fixCommand } = await import('./commands/fix.js');
      setExit(await fixCommand(dir, opts, io));
    });

  program
    .command('rules')
    .description(t.cmdRules)
    .addOption(new Option('--lang <lang>', t.optLang).choices(['zh', 'en']).default(io.lang))
    .addOption(
      new Option('-f, --format <format>', t.optFormat)
        .choices(['pretty', 'json', 'markdown'])
        .default('pretty'),
    )
    .action(async (opts: { lang: 'zh' | 'en'; format: string }) => {
      const { rulesCommand } = await import('./commands/rules.js');
      setExit(rulesCommand(opts, io));
    });

  program
    .command('explain')
    .description(t.cmdExplain)
    .argument('<rule>', t.argRule)
    .addOption(new Option('--lang <lang>', t.optLang).choices(['zh', 'en']).default(io.lang))
    .action(async (rule: string, opts: { lang: 'zh' | 'en' }) => {
      const { explainCommand } = await import('./commands/explain.js');
      setExit(explainCommand(rule, opts, io));
    });

  program
    .command('schema')
    .description(t.cmdSchema)
    .option('--report', t.optSchemaReport, false)
    .action(async (opts: { report: boolean }) => {
      const { schemaCommand } = await import('./commands/schema.js');
      setExit(schemaCommand(opts, io));
    });

  return program;
}
