import seal from './seal.js';

/** What the documents' images show (docs/spec/documents.md); `document/seal` runs in every check. */
export const DOCUMENT_RULES = [seal];
