// Filling in a profile at the prompts: `fill`, and `check` and `init` when they offer it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkFolder } from '../check.js';
import type { OrganisationConfig } from '../engine/config.js';
import type { CheckResult } from '../engine/types.js';
import { findProfile } from '../facts/profile.js';
import type { AskContext } from '../interactive/asker.js';
import { FillDraft } from '../interactive/draft.js';
import { askFillQuestions, fieldsToFill } from '../interactive/fill-flow.js';
import { inquirerPrompter, isPromptExit, type Prompter } from '../interactive/prompter.js';
import { interactiveText } from '../interactive/text.js';
import { snapshotFolder } from '../interactive/validate.js';
import { refuseFolderWrites, rewriteProfile } from '../interactive/write.js';
import type { Lang } from '../messages/types.js';
import { getExitCode } from '../report/exit-code.js';
import { RENDERERS } from '../report/index.js';
import { VERSION } from '../version.js';
import { UsageError } from './errors.js';
import { isFillable } from './fillable.js';
import { EXIT, type Io } from './io.js';
import { cliText, writeFailure } from './text.js';

export interface FillSettings {
  readonly lang: Lang;
  readonly today: string;
  readonly showPii: boolean;
  readonly config?: OrganisationConfig;
  readonly maxWarnings?: number;
}

/**
 * `check` in a terminal, with errors an answer can fix: asks whether to fill them in now.
 * No: the hint naming `fill`, and check's own exit code.
 */
export async function offerFill(
  folder: string,
  target: string,
  settings: FillSettings,
  result: CheckResult,
  io: Io,
  prompter: Prompter = inquirerPrompter(settings.lang),
): Promise<number> {
  const t = interactiveText(settings.lang);
  return interruptible(io, settings.lang, 'profile.yaml', async () => {
    io.stdout('\n');
    if (await prompter.confirm({ message: t.fillNow, default: true }))
      return fillFolder(folder, target, settings, io, prompter, result);
    io.stdout(`${cliText(settings.lang).fillHint(target)}\n`);
    return getExitCode([result], settings.maxWarnings);
  });
}

/** Ctrl-C at any prompt: one line, exit 130; nothing has been written by then. */
export async function interruptible(
  io: Io,
  lang: Lang,
  file: string | undefined,
  run: () => Promise<number>,
): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!isPromptExit(error)) throw error;
    const t = interactiveText(lang);
    io.stderr(`\n${file === undefined ? t.cancelled : t.cancelledFill(file)}\n`);
    return EXIT.interrupted;
  }
}

export async function fillFolder(
  folder: string,
  target: string,
  settings: FillSettings,
  io: Io,
  prompter: Prompter,
  initial?: CheckResult,
): Promise<number> {
  const t = interactiveText(settings.lang);
  const print = (line: string) => io.stdout(`${line}\n`);
  const name = await findProfile(folder);
  if (name === undefined) throw new UsageError(t.noProfile(target));
  // A read-only or linked-out profile is refused before any question, not after the last.
  try {
    await refuseFolderWrites(folder, [name]);
  } catch (error) {
    throw new UsageError(writeFailure(shownIn(target, name), error, settings.lang));
  }
  const result =
    initial ?? (await checkFolder(folder, { today: settings.today, config: settings.config }));
  const groups = fieldsToFill(result, isFillable);
  if (groups.length === 0) {
    print(t.nothingToFill);
    return report(target, settings, io, result);
  }
  const draft = new FillDraft(await readFile(path.join(folder, name), 'utf8'));
  const ctx: AskContext = {
    prompter,
    print,
    lang: settings.lang,
    today: settings.today,
    folder: await snapshotFolder(folder),
    draft,
    mode: 'fill',
    ...(settings.config ? { config: settings.config } : {}),
  };
  await askFillQuestions(ctx, groups, isFillable, settings.showPii);
  if (!draft.changed) print(`\n${t.noChanges}`);
  else {
    let backup: string;
    try {
      backup = await rewriteProfile(folder, name, draft.output());
    } catch (error) {
      throw new UsageError(writeFailure(shownIn(target, name), error, settings.lang));
    }
    print(`\n${t.wrote(name)}\n${t.backup(backup)}`);
  }
  print(`\n${t.checking}\n`);
  const after = await checkFolder(folder, { today: settings.today, config: settings.config });
  return report(target, settings, io, after);
}

/** The pretty report, as `check` prints it, and its exit code. */
export function report(
  target: string,
  settings: FillSettings,
  io: Io,
  result: CheckResult,
): number {
  io.stdout(
    RENDERERS.pretty(
      { ...result, target },
      {
        lang: settings.lang,
        showPii: settings.showPii,
        color: io.color && !('NO_COLOR' in io.env),
        quiet: false,
        version: VERSION.number,
      },
    ),
  );
  return getExitCode([result], settings.maxWarnings);
}

/** A file of the folder as the user named the folder: `d/profile.yaml`. */
export function shownIn(target: string, name: string): string {
  return target === '.' ? name : path.join(target, name);
}
