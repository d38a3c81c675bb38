/** The command could not run as asked (bad option, missing folder, unwritable output): exit 2. */
export class UsageError extends Error {}
