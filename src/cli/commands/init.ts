import { stat } from 'node:fs/promises';
import path from 'node:path';
import { checkFolder } from '../../check.js';
import { findProfile } from '../../facts/profile.js';
import { InitDraft } from '../../interactive/draft.js';
import { askInitQuestions } from '../../interactive/init-flow.js';
import { inquirerPrompter, type Prompter } from '../../interactive/prompter.js';
import { interactiveText } from '../../interactive/text.js';
import { snapshotFolder } from '../../interactive/validate.js';
import { NEW_PROFILE_FILES, refuseFolderWrites, writeNewProfile } from '../../interactive/write.js';
import type { Lang } from '../../messages/types.js';
import { WriteRefusedError } from '../../util/writable.js';
import { UsageError } from '../errors.js';
import { fillFolder, interruptible, report, shownIn, type FillSettings } from '../fill-session.js';
import { isFillable } from '../fillable.js';
import { EXIT, type Io } from '../io.js';
import { cliText, writeFailure } from '../text.js';

export interface InitOptions {
  readonly lang: Lang;
  readonly today: string;
}

/**
 * `ausm-check init [DIR]`: asks the platform's questions and writes a commented profile.yaml
 * and profile.schema.json into DIR (created if needed). Nothing is written until the last
 * answer; then the folder is checked, and what is still wrong can be filled in at once.
 * Exit 0 once the profile is written, whatever the check found (docs/spec/cli.md).
 */
export async function initCommand(
  dir: string | undefined,
  opts: InitOptions,
  io: Io,
  prompter?: Prompter,
): Promise<number> {
  const t = interactiveText(opts.lang);
  if (!io.interactive) {
    io.stderr(`ausm-check: ${t.needsTerminal('init')}\n`);
    return EXIT.usage;
  }
  const target = dir ?? '.';
  const folder = path.resolve(io.cwd, target);
  const exists = await stat(folder).then(
    (s) => s,
    () => undefined,
  );
  if (exists && !exists.isDirectory()) throw new UsageError(cliText(opts.lang).notADir(target));
  const ask = prompter ?? inquirerPrompter(opts.lang);
  const settings: FillSettings = { lang: opts.lang, today: opts.today, showPii: false };
  const print = (line: string) => io.stdout(`${line}\n`);

  const existing = exists ? await findProfile(folder) : undefined;
  if (existing !== undefined)
    return interruptible(io, opts.lang, existing, async () => {
      if (await ask.confirm({ message: t.exists(existing), default: true }))
        return fillFolder(folder, target, settings, io, ask);
      print(t.notTouched);
      print(t.startOver(shownIn(target, existing), target));
      return EXIT.ok;
    });

  for (const name of NEW_PROFILE_FILES)
    try {
      await refuseFolderWrites(folder, [name]);
    } catch (error) {
      throw new UsageError(writeFailure(shownIn(target, name), error, opts.lang));
    }
  const draft = new InitDraft();
  const answered = await interruptible(io, opts.lang, undefined, async () => {
    await askInitQuestions(
      {
        prompter: ask,
        print,
        lang: opts.lang,
        today: opts.today,
        folder: await snapshotFolder(folder),
        draft,
        mode: 'init',
      },
      target,
    );
    return EXIT.ok;
  });
  if (answered !== EXIT.ok) return answered;

  let written: string[];
  try {
    written = await writeNewProfile(folder, draft.text());
  } catch (error) {
    const name = error instanceof WriteRefusedError ? path.basename(error.file) : 'profile.yaml';
    throw new UsageError(writeFailure(shownIn(target, name), error, opts.lang));
  }
  print(
    `\n${t.wrote(written.map((f) => path.join(target, f)).join(opts.lang === 'zh' ? '、' : ', '))}\n`,
  );

  // `init` did what it was asked once the profile is written: exit 0, like a linter's --init,
  // even when the check finds what is still to do (that is `check`'s exit code to give). The
  // last line says so, so that a 0 after a report of errors surprises nobody.
  const result = await checkFolder(folder, { today: opts.today });
  const code = report(target, settings, io, result);
  const done = (after: number) => {
    if (after !== EXIT.ok) print(`\n${t.initDone(target)}`);
    return EXIT.ok;
  };
  if (!result.findings.some(isFillable)) return done(code);
  const filled = await interruptible(io, opts.lang, 'profile.yaml', async () => {
    if (await ask.confirm({ message: t.fillNow, default: true }))
      return fillFolder(folder, target, settings, io, ask, result);
    print(cliText(opts.lang).fillHint(target));
    return code;
  });
  // Ctrl-C in the offered fill leaves the profile init wrote, unchanged: still exit 130.
  return filled === EXIT.interrupted ? filled : done(filled);
}
