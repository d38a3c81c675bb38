import { Chalk } from 'chalk';
import { naturalCompare } from '../../util/compare.js';
import { displayWidth, padEnd, truncate } from '../../util/width.js';
import { visible } from '../visible.js';
import { batchText } from './text.js';
import { configLine } from '../ui-text.js';
import { batchConfigs, batchSummary, firstError, type BatchRenderer } from './types.js';

/** Fits 80 columns: folder and first error are cut with `…`, counts stay whole. */
const WIDTH = 80;

/** A table of every folder, not-ready first, then the summary line. */
export const renderBatchPretty: BatchRenderer = (batch, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const t = batchText(options.lang);
  const reports = [...batch.reports]
    .sort((a, b) => Number(a.ready) - Number(b.ready) || naturalCompare(a.target, b.target))
    .map((r) => ({
      ...r,
      target: visible(r.target),
      person: { name: visible(String(r.person.name ?? '')) },
    }));
  const folderWidth = Math.min(
    22,
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
  const restWidth = Math.max(10, WIDTH - used);

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
        padEnd(truncate(r.target, folderWidth), folderWidth),
        padEnd(r.person.name, nameWidth),
        verdict,
        padEnd(String(r.summary.error), countWidth),
        padEnd(String(r.summary.warning), countWidth),
        e ? truncate(visible(e.message), restWidth) : '',
      ]),
    );
  }
  const s = batchSummary(batch);
  out.push('', c.bold(t.summary(s.folders, s.ready, s.not_ready)));
  for (const config of batchConfigs(batch))
    out.push(c.yellow(visible(configLine(config, options.lang))));
  if (batch.interrupted)
    out.push(c.yellow(t.interrupted(batch.reports.length, batch.interrupted.total)));
  return out.join('\n') + '\n';
};
