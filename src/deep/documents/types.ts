import type { DocumentKind } from '../kinds.js';

/**
 * What reading one document image gave. Placeholder shape of the `--deep` plumbing: the document
 * reader (src/deep/documents/) fills it in.
 */
export type DocumentReading =
  | { readonly status: 'read'; readonly kind: DocumentKind }
  | {
      readonly status: 'unreadable';
      readonly kind: DocumentKind;
      /** Why, as a key of the `document/unreadable` messages. */
      readonly reason: string;
    };
