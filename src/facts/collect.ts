import type { FactNeed } from '../engine/types.js';
import { listFolder, probeFile } from './folder.js';
import { resolveMaterials } from './materials.js';
import { loadProfile } from './profile.js';
import type { Facts, FileFacts } from './types.js';

export interface CollectOptions {
  readonly today: string;
  /** Facts the rules that will run need (images are gathered only when some rule reads them). */
  readonly needs: ReadonlySet<FactNeed>;
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
  return deepFreeze({
    target,
    today: options.today,
    profile,
    folder: listing.entries,
    folderTruncated: listing.truncated,
    materials,
    files,
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (value instanceof Map) for (const v of value.values()) deepFreeze(v);
    else for (const v of Object.values(value)) if (typeof v !== 'function') deepFreeze(v);
  }
  return value;
}
