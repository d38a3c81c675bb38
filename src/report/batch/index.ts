import { renderBatchCsv } from './csv.js';
import { renderBatchHtml } from './html.js';
import { renderBatchJson, renderBatchNdjson } from './json.js';
import { renderBatchJunit } from './junit.js';
import { renderBatchPretty } from './pretty.js';
import type { BatchFormat, BatchRenderer } from './types.js';

export const BATCH_RENDERERS = {
  pretty: renderBatchPretty,
  json: renderBatchJson,
  ndjson: renderBatchNdjson,
  csv: renderBatchCsv,
  html: renderBatchHtml,
  junit: renderBatchJunit,
} satisfies Record<BatchFormat, BatchRenderer>;
