import { inquirerPrompter, type Prompter } from '../../interactive/prompter.js';
import { interactiveText } from '../../interactive/text.js';
import type { Lang } from '../../messages/types.js';
import { fillFolder, interruptible } from '../fill-session.js';
import { requireFolder, resolveConfig } from '../inputs.js';
import { EXIT, type Io } from '../io.js';

export interface FillOptions {
  readonly lang: Lang;
  readonly today: string;
  readonly showPii?: boolean;
  readonly config?: string;
}

/** `ausm-check fill DIR`: asks only for what is missing or wrong and writes it into the profile. */
export async function fillCommand(
  dir: string,
  opts: FillOptions,
  io: Io,
  prompter?: Prompter,
): Promise<number> {
  const t = interactiveText(opts.lang);
  if (!io.interactive) {
    io.stderr(`ausm-check: ${t.needsTerminal('fill')}\n`);
    return EXIT.usage;
  }
  const folder = await requireFolder(dir, io);
  const config = await resolveConfig(folder, opts.config, io);
  const settings = { lang: opts.lang, today: opts.today, showPii: opts.showPii ?? false, config };
  return interruptible(io, opts.lang, 'profile.yaml', () =>
    fillFolder(folder, dir, settings, io, prompter ?? inquirerPrompter(opts.lang)),
  );
}
