import { Chalk } from 'chalk';
import { naturalCompare } from '../../util/compare.js';
import { displayWidth, padEnd, truncate } from '../../util/width.js';
import { visible } from '../visible.js';
import { batchText } from './text.js';
import { configLine } from '../ui-text.js';
import { batchConfigs, batchSummary, firstError, type BatchRenderer } from './types.js';

/** In a terminal, a folder name longer than this is cut so that the first error keeps room. */
const FOLDER_MAX = 22;

/**
 * A table of every folder (only those not ready with `--quiet`), not-ready first, then the
 * summary line. In a terminal (`options.width`) every line fits its width in display columns
 * (CJK characters take two): the folder and the first error are cut with `…`, counts stay
 * whole. Written to a file or a pipe, nothing is cut.
 */
export const renderBatchPretty: BatchRenderer = (batch, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const t = batchText(options.lang);
  const width = options.width;
  const s = batchSummary(batch);
  const reports = batch.reports
    .filter((r) => !options.quiet || !r.ready)
    .sort((a, b) => Number(a.ready) - Number(b.ready) || naturalCompare(a.target, b.target))
    .map((r) => ({
      ...r,
      target: visible(r.target),
      person: { name: visible(String(r.person.name ?? '')) },
    }));
  if (reports.length === 0) return c.bold(t.summary(s.folders, s.ready, s.not_ready)) + '\n';
  const folderWidth = Math.min(
    width === undefined ? Infinity : FOLDER_MAX,
    Math.max(displayWidth(t.folder), ...reports.map((r) => displayWidth(r.target))),
  );
  const nameWidth = Math.max(
    displayWidth(t.name),
    ...reports.map((r) => displayWidth(r.person.name)),
    4,
  );
  const verdictWidth = Math.max(displayWidth(t.ready), displayWidth(t.notReady)) + 2;
  const countWidth = Math.max(displayWidth(t.errors), 3);
  const used = folderWidth + nameWidth + verdictWidth + countWidth * 2 + 5 * 2;
  const restWidth = width === undefined ? Infinity : Math.max(10, width - used);

  const line = (cells: string[]) => cells.join('  ').trimEnd();
  const out = [
    c.bold(
      line([
        padEnd(t.folder, folderWidth),
        padEnd(t.name, nameWidth),
        padEnd(t.verdict, verdictWidth),
        padEnd(t.errors, countWidth),
        padEnd(t.warnings, countWidth),
        t.firstError,
      ]),
    ),
  ];
  for (const r of reports) {
    const e = firstError(r);
    const verdict = r.ready
      ? c.green(padEnd(`✓ ${t.ready}`, verdictWidth))
      : c.red(padEnd(`✗ ${t.notReady}`, verdictWidth));
    out.push(
      line([
        padEnd(cut(r.target, folderWidth), folderWidth),
        padEnd(r.person.name, nameWidth),
        verdict,
        padEnd(String(r.summary.error), countWidth),
        padEnd(String(r.summary.warning), countWidth),
        e ? cut(visible(e.message), restWidth) : '',
      ]),
    );
  }
  out.push('', c.bold(t.summary(s.folders, s.ready, s.not_ready)));
  for (const config of batchConfigs(batch))
    out.push(c.yellow(visible(configLine(config, options.lang))));
  if (batch.interrupted)
    out.push(c.yellow(t.interrupted(batch.reports.length, batch.interrupted.total)));
  return out.join('\n') + '\n';
};

const cut = (text: string, width: number) => (width === Infinity ? text : truncate(text, width));
