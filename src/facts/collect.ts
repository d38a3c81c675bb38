import path from 'node:path';
import type { Limiter } from '../util/limiter.js';
import { buildFacts, type BuildOptions } from './build.js';
import { listFolder, openInFolder, probeFile, readInFolder } from './folder.js';
import { gatherImageFacts } from './image.js';
import { readProfileText } from './profile.js';
import type { FolderSource, ImageRequest } from './source.js';
import type { FileAccess, Facts, FileFacts } from './types.js';

export interface CollectOptions extends BuildOptions {
  /** How this check shares the machine (`batch --jobs`); by default, as a lone `check`. */
  readonly images?: ImageConcurrency;
}

/** How many of a folder's images are gathered at once, and the limiter for their pixel decodes. */
export interface ImageConcurrency {
  readonly filesInFlight: number;
  readonly decodes?: Limiter;
}

/** Reads everything rules look at, once, and freezes it. The only part of a check that touches the disk. */
export async function collectFacts(target: string, options: CollectOptions): Promise<Facts> {
  return buildFacts(diskFolder(target, options.images), options);
}

/** A lone `check`: a few files at a time, the process-wide decode limit. */
const LONE_CHECK: ImageConcurrency = { filesInFlight: 4 };

/**
 * The applicant folder on the disk. Every read goes through folder.ts's one door (`openInFolder`:
 * the real path inside the real folder, opened without following a link or blocking, the type
 * checked on the handle); this only says which door to knock on for each question.
 */
export function diskFolder(
  target: string,
  concurrency: ImageConcurrency = LONE_CHECK,
): FolderSource<false> {
  return {
    synchronous: false,
    target,
    list: () => listFolder(target),
    readProfile: () => readProfileText(target),
    probe: async (names) =>
      new Map<string, FileAccess>(
        await Promise.all(
          names.map(async (name) => [name, await probeFile(target, name)] as const),
        ),
      ),
    gatherImages: (files) => gatherImages(target, files, concurrency),
    readBytes: async (name) => (await readInFolder(target, name)).bytes,
  };
}

/** Image facts for the given files, a few files at a time. */
async function gatherImages(
  target: string,
  requests: readonly ImageRequest[],
  concurrency: ImageConcurrency,
): Promise<Map<string, FileFacts>> {
  const files = new Map<string, FileFacts>();
  const queue = [...requests];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      // Opened again, through the one door: what is read now is what is checked now (a file
      // swapped for a FIFO or a link since the probe is refused here, not waited on).
      const opened = await openInFolder(target, f.name);
      if (!opened.handle) {
        files.set(f.name, { name: f.name, access: opened.access });
        continue;
      }
      try {
        const image = await gatherImageFacts(path.resolve(target, f.name), {
          size: opened.access.size,
          roles: f.roles,
          opened,
          ...(concurrency.decodes ? { decodes: concurrency.decodes } : {}),
        });
        files.set(f.name, { name: f.name, access: opened.access, image });
      } finally {
        await opened.handle.close().catch(() => {});
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency.filesInFlight) }, worker));
  return files;
}
