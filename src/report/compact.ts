import type { CheckResult, Finding } from '../engine/types.js';
import { renderMessage } from '../messages/format.js';
import type { Renderer, ReportOptions } from './types.js';
import { t, verdictLine } from './ui-text.js';
import { visible } from './visible.js';

/**
 * Where a finding points, as editors and grep read it: the file it is about (a photo to replace),
 * else `profile.yaml:LINE:COL` when it has a place in the profile, else the profile (a missing
 * field) or the folder itself.
 */
function position(f: Finding, folder: string): string {
  if (f.file !== undefined) return `${folder}/${visible(f.file)}`;
  if (f.line !== undefined) return `${folder}/profile.yaml:${f.line}:${f.column ?? 1}`;
  if (f.field !== undefined) return `${folder}/profile.yaml`;
  return folder;
}

/**
 * One line per finding, `path:line:col: severity rule message` (ESLint's compact/unix habit), for
 * grep and editors, then `folder: verdict`. The severity and the rule are the stable English ids
 * in either language; the message is in the chosen one. Never coloured.
 */
export const renderCompact: Renderer = (result: CheckResult, options: ReportOptions) => {
  const folder = visible(result.target).replace(/\/+$/, '') || '.';
  const render = { lang: options.lang, showPii: options.showPii };
  const lines = result.findings.map((f) => {
    const message = visible(renderMessage(f, render).message);
    const waived =
      f.waived !== undefined
        ? ` (${t(options.lang, 'waived.reason', { reason: visible(f.waived) })})`
        : '';
    return `${position(f, folder)}: ${f.severity} ${f.rule} ${message}${waived}`;
  });
  lines.push(`${folder}: ${verdictLine(result, options.lang, options.maxWarnings)}`);
  return lines.join('\n') + '\n';
};
