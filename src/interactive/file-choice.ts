import type { MaterialKind } from '../engine/types.js';
import { materialOfName } from '../platform/materials.js';

/** The files a material's question offers, the likeliest first, and those ticked or preselected. */
export interface FileOffer {
  /** The folder's images other answers do not name: those that fit the material first, then the rest. */
  readonly ranked: readonly string[];
  /** The files the profile already names for this field. */
  readonly named: readonly string[];
  /** Preselected: the named files, else unused files that fit (a diploma and a degree when several are allowed). */
  readonly suggestion: readonly string[];
}

/**
 * Ranks a folder's images for one material's question: pure. `current` is the field's value,
 * `used` the files other answers already name (not suggested twice).
 */
export function offerFiles(
  images: readonly string[],
  material: MaterialKind,
  current: unknown,
  used: ReadonlySet<string>,
  multiple: boolean,
): FileOffer {
  const fits = (name: string) => materialOfName(name)?.material === material;
  const named = Array.isArray(current)
    ? current.map(String)
    : typeof current === 'string'
      ? [current]
      : [];
  // A file another answer names (the photo, an ID side) is not offered again; one this field
  // already names is.
  const free = images.filter((n) => !used.has(n) || named.includes(n));
  const ranked = [...free.filter(fits), ...free.filter((n) => !fits(n))];
  const unused = ranked.filter(fits).filter((n) => !used.has(n));
  // A diploma and a degree certificate go together in one education entry; two diplomas
  // (大专 and 高中) belong to two entries.
  const isDegree = (n: string) => /学位证|degree/i.test(n);
  const suggestion =
    named.length > 0
      ? named
      : multiple
        ? [unused.find((n) => !isDegree(n)), unused.find(isDegree)].filter(
            (n): n is string => n !== undefined,
          )
        : unused.slice(0, 1);
  return { ranked, named, suggestion };
}

/** Files other answers already name (`get` reads the answers so far). */
export function namedFiles(get: (path: string) => unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string' && /^(photo|front|back|handheld|proof)$/.test(key)) out.add(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, k);
  };
  walk(get('basic'), 'basic');
  for (const section of ['education', 'work', 'qualifications']) walk(get(section), section);
  return out;
}

/** File names typed on one line, separated by `,`, `，` or `、`; `-` alone means none. */
export function splitFiles(raw: string): string[] {
  return raw
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '-');
}
