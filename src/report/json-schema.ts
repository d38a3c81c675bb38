import { z } from 'zod';
import { jsonReportSchema } from './json.js';

/**
 * The JSON Schema (draft-07) of the JSON report (`--format json`, one line of `--format ndjson`),
 * made from the zod schema `batch --merge` reads reports with, so that the two cannot disagree.
 * `strict: false` (published, `ausm-check schema --report`): fields a newer version adds are
 * allowed, as the contract says; `strict: true`: exactly today's fields (the tests).
 */
export function reportJsonSchema(options: { strict?: boolean } = {}): Record<string, unknown> {
  const json = z.toJSONSchema(jsonReportSchema, {
    target: 'draft-7',
    io: options.strict === true ? 'output' : 'input',
  });
  return { ...json, title: 'ausm-check report (--format json)', $id: 'report.schema.json' };
}
