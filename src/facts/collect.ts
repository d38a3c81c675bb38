import path from 'node:path';
import type { FactNeed } from '../engine/types.js';
import { listFolder, openInFolder, probeFile } from './folder.js';
import { gatherImageFacts } from './image.js';
import type { ImageRole } from './image-types.js';
import { resolveMaterials } from './materials.js';
import { loadProfile } from './profile.js';
import type { Facts, FileFacts, MaterialSlot } from './types.js';
import type { Limiter } from '../util/limiter.js';

export interface CollectOptions {
  readonly today: string;
  /** Facts the rules that will run need (images are gathered only when some rule reads them). */
  readonly needs: ReadonlySet<FactNeed>;
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
  const [profile, listing] = await Promise.all([loadProfile(target), listFolder(target)]);
  const materials = resolveMaterials(
    profile.status === 'ok' ? profile.data : undefined,
    listing.entries,
  );
  const names = [...new Set(materials.flatMap((m) => m.files))];
  const files = new Map<string, FileFacts>();
  await Promise.all(
    names.map(async (name) => {
      const access = await probeFile(target, name);
      files.set(name, { name, access });
    }),
  );
  if (options.needs.has('images'))
    await collectImages(target, materials, files, options.images ?? LONE_CHECK);
  return deepFreeze({
    target,
    today: options.today,
    profile,
    folder: listing.entries,
    folderTruncated: listing.problem?.kind === 'too-large',
    ...(listing.problem ? { folderProblem: listing.problem } : {}),
    materials,
    files,
  });
}

/** A lone `check`: a few files at a time, the process-wide decode limit. */
const LONE_CHECK: ImageConcurrency = { filesInFlight: 4 };

/** Image facts for every readable, non-empty file a material uses, a few files at a time. */
async function collectImages(
  target: string,
  materials: readonly MaterialSlot[],
  files: Map<string, FileFacts>,
  concurrency: ImageConcurrency,
): Promise<void> {
  const roles = new Map<string, Set<ImageRole>>();
  for (const slot of materials)
    for (const name of slot.files) {
      const set = roles.get(name) ?? new Set<ImageRole>();
      set.add(slot.material === 'photo' ? 'photo' : 'attachment');
      roles.set(name, set);
    }
  const queue = [...files.values()].filter((f) => f.access.status === 'ok' && f.access.size > 0);
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
          roles: roles.get(f.name) ?? new Set(),
          opened,
          ...(concurrency.decodes ? { decodes: concurrency.decodes } : {}),
        });
        files.set(f.name, { ...f, access: opened.access, image });
      } finally {
        await opened.handle.close().catch(() => {});
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency.filesInFlight) }, worker));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (value instanceof Map) for (const v of value.values()) deepFreeze(v);
    else for (const v of Object.values(value)) if (typeof v !== 'function') deepFreeze(v);
  }
  return value;
}
