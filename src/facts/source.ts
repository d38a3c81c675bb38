import type { FolderListing } from './folder.js';
import type { ImageRole } from './image-types.js';
import type { FileAccess, FileFacts } from './types.js';

/**
 * profile.yaml as a folder source read it: its bytes, or why there are none. Parsing is not the
 * source's business (`profileFacts` does it, the same for every source).
 */
export type ProfileText =
  | { readonly status: 'missing' }
  | { readonly status: 'ok'; readonly file: string; readonly bytes: Uint8Array }
  | {
      readonly status: 'unusable';
      readonly file: string;
      /** A `profile/unreadable` message id: read | too-large | special | permission | … */
      readonly messageId: string;
      readonly detail?: string;
    };

/** One file whose image facts are wanted, with what its materials use it as. */
export interface ImageRequest {
  readonly name: string;
  readonly roles: ReadonlySet<ImageRole>;
}

/** A value now (`Sync` true) or now or later (a source that reads the disk). */
type Answer<T, Sync extends boolean> = Sync extends true ? T : T | Promise<T>;

/**
 * The applicant folder as `buildFacts` sees it: the few operations facts need, after publint's
 * `Vfs`. `diskFolder` (collect.ts) reads the disk, always through folder.ts's one door;
 * `memoryFolder` (memory-source.ts) answers from memory, at once, for `fill`'s per-answer check
 * and for rule tests.
 */
export interface FolderSource<Sync extends boolean = boolean> {
  /** Whether every answer is given at once (then `buildFacts` returns facts, not a promise). */
  readonly synchronous: Sync;
  /** The applicant folder as the facts name it (`Facts.target`). */
  readonly target: string;
  /** The folder's entries, not deeper, sorted by name. */
  list(): Answer<FolderListing, Sync>;
  readProfile(): Answer<ProfileText, Sync>;
  /** Whether each file can be read, by the name the profile or the folder gives it. */
  probe(names: readonly string[]): Answer<ReadonlyMap<string, FileAccess>, Sync>;
  /**
   * Image facts for readable, non-empty files. Each file is opened again: its access is as it
   * was when read, and a file that cannot be read now comes back without image facts.
   */
  gatherImages(files: readonly ImageRequest[]): Answer<ReadonlyMap<string, FileFacts>, Sync>;
  /** A file's bytes for `--deep` to read, opened again; none when it cannot be read now. */
  readBytes(name: string): Answer<Buffer | undefined, Sync>;
}
