import type { ImageFacts } from './image-types.js';
import type { FolderSource } from './source.js';
import type { FileAccess, FileFacts, FolderEntry } from './types.js';

/** A file of an in-memory folder: how it can be read, and its image facts if they are known. */
export interface MemoryFile {
  readonly access: FileAccess;
  readonly image?: ImageFacts;
  /** The file's bytes, for `--deep` readers in tests. */
  readonly bytes?: Buffer;
}

export interface MemoryFolderContents {
  readonly target: string;
  /** profile.yaml's text; absent for a folder without a profile. */
  readonly profile?: string;
  /** The listing, sorted by name. */
  readonly entries: readonly FolderEntry[];
  /** Files by the name the profile or the folder gives them; a name not here is missing. */
  readonly files: ReadonlyMap<string, MemoryFile>;
}

/**
 * A folder held in memory, answering at once: `buildFacts` on it gives facts without a promise.
 * `fill` checks each answer on it (the folder as listed when the questions started), rule tests
 * build their facts on it. Image facts are those given, for the files `buildFacts` asks about.
 */
export function memoryFolder(contents: MemoryFolderContents): FolderSource<true> {
  const accessOf = (name: string): FileAccess =>
    contents.files.get(name)?.access ?? { status: 'missing' };
  return {
    synchronous: true,
    target: contents.target,
    list: () => ({ entries: [...contents.entries] }),
    readProfile: () =>
      contents.profile === undefined
        ? { status: 'missing' }
        : { status: 'ok', file: 'profile.yaml', bytes: new TextEncoder().encode(contents.profile) },
    probe: (names) => new Map(names.map((name) => [name, accessOf(name)])),
    gatherImages: (requests) => {
      const files = new Map<string, FileFacts>();
      for (const { name } of requests) {
        const image = contents.files.get(name)?.image;
        files.set(name, { name, access: accessOf(name), ...(image ? { image } : {}) });
      }
      return files;
    },
    readBytes: (name) => contents.files.get(name)?.bytes,
  };
}
