/**
 * Identifier checks, pure and reusable (no file system beyond the bundled division table, read
 * lazily): each returns a reason code and the values compared, never a bare boolean, because
 * people ask "which part is wrong?".
 */
export * from './certificates.js';
export * from './contact.js';
export * from './divisions.js';
export * from './normalise.js';
export * from './resident-id.js';
export * from './travel-documents.js';
export * from './uscc.js';
