// The library (issue 18): what `import … from 'ausm-check'` gives. A stable surface: names may be
// added, never renamed or removed.
export { checkFolder } from './check.js';
export { checkBatch, type BatchOptions, type BatchReport } from './batch.js';
export type { NotFollowed } from '../batch/discover.js';
export { formatReport, type FormatOptions } from './format.js';
export { rules, type RuleInfo } from './rules.js';
export { reportJsonSchema } from '../report/json-schema.js';
export { AusmCheckError, type AusmCheckErrorCode } from './errors.js';
export type { CheckOptions } from './options.js';
export type { JsonReport as Report, JsonFinding as Finding } from '../report/json.js';
export type {
  AppliedConfig,
  FormSection,
  MaterialEntry,
  MaterialKind,
  MaterialStatus,
  Severity,
} from '../engine/types.js';
export type { Format } from '../report/types.js';
export type { BatchFormat } from '../report/batch/types.js';
export type { Lang, Localized } from '../messages/types.js';
