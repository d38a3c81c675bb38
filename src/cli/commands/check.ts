import { realpath } from 'node:fs/promises';
import { checkFolder } from '../../check.js';
import type { CheckResult } from '../../engine/types.js';
import { getExitCode } from '../../report/exit-code.js';
import { RENDERERS } from '../../report/index.js';
import type { Format } from '../../report/types.js';
import { verdictLine } from '../../report/ui-text.js';
import { isFillable } from '../fillable.js';
import { appliedConfig, requireFolder, resolveConfig } from '../inputs.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import { quieten, refuseReportTarget, reportOptions, writeReport } from '../report-output.js';
import { cliText } from '../text.js';

export async function checkCommand(dir: string, opts: CommonOptions, io: Io): Promise<number> {
  const folder = await requireFolder(dir, io);
  const protect = [await realpath(folder)];
  await refuseReportTarget(opts.output, io, protect);
  const config = await resolveConfig(folder, opts.config, io);
  const checked = await checkFolder(folder, { today: opts.today, config });
  const applied = appliedConfig(config, io);
  const result: CheckResult = applied ? { ...checked, config: applied } : checked;
  const shown: CheckResult = { ...quieten(result, opts.quiet), target: dir };
  const options = reportOptions(opts, io);
  const format = (opts.format ?? 'pretty') as Format;
  const text = RENDERERS[format](shown, options);
  if (opts.output !== undefined) {
    await writeReport(opts.output, text, io, protect);
    io.stdout(
      `${verdictLine(shown, opts.lang, opts.maxWarnings)} — ${cliText(opts.lang).wrote(opts.output)}\n`,
    );
  } else io.stdout(text);
  if (format === 'pretty' && opts.output === undefined && result.findings.some(isFillable)) {
    // In a terminal (never with --no-interactive, CI or a pipe): offer to fill the gaps now.
    if (io.interactive && opts.interactive) {
      // Loaded only here: the prompts are not needed for a check in a pipe or CI.
      const { offerFill } = await import('../fill-session.js');
      const settings = {
        lang: opts.lang,
        today: opts.today,
        showPii: opts.showPii,
        config,
        maxWarnings: opts.maxWarnings,
      };
      return offerFill(folder, dir, settings, result, io);
    }
    io.stdout(`\n${cliText(opts.lang).fillHint(dir)}\n`);
  }
  return getExitCode([result], opts.maxWarnings);
}
