import { DOCUMENT_READING_RULES } from './reading.js';
import seal from './seal.js';

/** What the documents' images show (docs/spec/documents.md); `document/seal` runs in every check. */
export const DOCUMENT_RULES = [seal, ...DOCUMENT_READING_RULES];
