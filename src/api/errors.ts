import type { UsageCode } from '../cli/errors.js';

/** What an `AusmCheckError` is about: stable ids to branch on (the message is for people). */
export type AusmCheckErrorCode =
  | Exclude<UsageCode, 'usage'>
  /** An option of the call is not one the API takes (a date that is not YYYY-MM-DD, `jobs: 0` …). */
  | 'bad-option'
  /** `checkBatch` found no applicant folder under the root (nothing checked is never a pass). */
  | 'no-applicant-folder'
  /** `checkBatch` was given one applicant's folder (it holds a profile): `checkFolder` was meant. */
  | 'applicant-folder-given'
  /** `checkBatch` could not list the root, or it holds far too many entries to be a batch. */
  | 'root-unreadable'
  /** `formatReport` was given an object `checkFolder` did not return, in a format that needs one. */
  | 'not-a-check-result'
  /** Any other usage problem the command line would exit 2 for. */
  | 'usage';

/**
 * The call could not run as asked (the command line's exit 2): the folder is missing, the
 * configuration or an option is wrong. Everything about the folder's contents is a finding instead.
 * The message is in the call's `lang` (default Chinese), with the file and what to do.
 */
export class AusmCheckError extends Error {
  override readonly name = 'AusmCheckError';
  readonly code: AusmCheckErrorCode;
  constructor(code: AusmCheckErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
