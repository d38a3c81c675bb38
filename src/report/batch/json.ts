import { batchSummary, type BatchRenderer } from './types.js';

export const renderBatchJson: BatchRenderer = (batch, options) =>
  JSON.stringify(
    {
      tool: 'ausm-check',
      version: options.version,
      summary: batchSummary(batch),
      ...(batch.interrupted ? { interrupted: true, total: batch.interrupted.total } : {}),
      reports: batch.reports,
    },
    null,
    2,
  ) + '\n';

/** One report per line; in batch these lines are written as each folder finishes. */
export const renderBatchNdjson: BatchRenderer = (batch) =>
  batch.reports.map((r) => JSON.stringify(r) + '\n').join('');
