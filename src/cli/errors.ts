/**
 * What a usage error was about, for callers that act on it (the library's `AusmCheckError`);
 * `usage` is any other.
 */
export type UsageCode =
  | 'usage'
  | 'folder-name-empty'
  | 'folder-missing'
  | 'not-a-folder'
  | 'bad-config'
  | 'deep-unavailable';

/** The command could not run as asked (bad option, missing folder, unwritable output): exit 2. */
export class UsageError extends Error {
  readonly code: UsageCode;
  constructor(message: string, code: UsageCode = 'usage') {
    super(message);
    this.code = code;
  }
}
