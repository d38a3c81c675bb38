import { readFileSync } from 'node:fs';

/** The modules a source file imports values from (type-only imports left out). */
export function valueImports(file: string): string[] {
  const text = readFileSync(new URL(`../../../src/facts/image/${file}`, import.meta.url), 'utf8');
  return [...text.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gms)].map((m) => m[1]!);
}
