import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layout CONTRIBUTING.md describes, checked on the import lines of src/: no import circle,
 * and rules that read facts but import no value from src/facts/ (the platform's limits live in
 * src/platform/). ESLint's no-restricted-imports says the same file by file; this test sees the
 * whole graph.
 */

const ROOT = path.resolve(import.meta.dirname, '..');

interface Import {
  readonly to: string;
  /** `import type` / `export type`: erased at build time. */
  readonly typeOnly: boolean;
}

/**
 * The relative `.ts` imports and re-exports of a file's text. `import { type A } from` counts as a
 * value import: under verbatimModuleSyntax it is kept as `import {} from`, which loads the module.
 */
export function importsOf(file: string, text: string): Import[] {
  const re = /^(?:import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  const out: Import[] = [];
  for (const m of text.matchAll(re)) {
    const to = path.posix.join(path.posix.dirname(file), m[2]!).replace(/\.js$/, '.ts');
    if (to.endsWith('.ts')) out.push({ to, typeOnly: m[1] !== undefined });
  }
  return out;
}

/** Every circle of the graph (one per strongly connected component), as a path that closes on itself. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(component);
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((component) => circleThrough(graph, new Set(component)));
}

/** One circle inside a strongly connected component, from its first file back to it. */
function circleThrough(graph: ReadonlyMap<string, readonly string[]>, members: Set<string>) {
  const start = [...members].sort()[0]!;
  const from = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const circle = [start];
        for (let u: string | undefined = v; u !== undefined && u !== start; u = from.get(u))
          circle.splice(1, 0, u);
        return [...circle, start];
      }
      if (!from.has(w)) {
        from.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...members];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return name.endsWith('.ts') ? [rel] : [];
  });
}

const TEXT = new Map(sourceFiles('src').map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')]));
const IMPORTS = new Map([...TEXT].map(([f, text]) => [f, importsOf(f, text)]));

/** Longer than this, a file of src/ does more than one thing (issue 19). */
const MAX_LINES = 450;

function graph(withTypes: boolean): Map<string, string[]> {
  return new Map(
    [...IMPORTS].map(([file, imports]) => [
      file,
      imports.filter((i) => withTypes || !i.typeOnly).map((i) => i.to),
    ]),
  );
}

describe('the files of src/', () => {
  it(`are at most ${MAX_LINES} lines long`, () => {
    const long = [...TEXT]
      .filter(([, text]) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0) > MAX_LINES)
      .map(([file]) => file)
      .sort();
    expect(long).toEqual([]);
  });
});

describe('the import graph of src/', () => {
  it('reads value and type imports, multi-line ones and re-exports', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b/b.js';",
      'import {',
      '  c,',
      '  type D,',
      "} from './c.js';",
      "export { e } from './e.js';",
      "export type { F } from './f.js';",
      "import sharp from 'sharp';",
      "import data from './data.json' with { type: 'json' };",
    ].join('\n');
    expect(importsOf('src/x/y.ts', text)).toEqual([
      { to: 'src/x/a.ts', typeOnly: false },
      { to: 'src/b/b.ts', typeOnly: true },
      { to: 'src/x/c.ts', typeOnly: false },
      { to: 'src/x/e.ts', typeOnly: false },
      { to: 'src/x/f.ts', typeOnly: true },
    ]);
  });

  it('finds a circle and names it', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cycles(g)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['e', 'e'],
    ]);
  });

  it('has no circle of value imports', () => {
    expect(cycles(graph(false)).map((c) => c.join(' → '))).toEqual([]);
  });

  it('has no circle of type imports either', () => {
    expect(cycles(graph(true)).map((c) => c.join(' → '))).toEqual([]);
  });

  it('keeps rules free of values from src/facts/ (types only)', () => {
    const offending = [...IMPORTS]
      .filter(([file]) => file.startsWith('src/rules/'))
      .flatMap(([file, imports]) =>
        imports
          .filter((i) => !i.typeOnly && i.to.startsWith('src/facts/'))
          .map((i) => `${file} → ${i.to}`),
      );
    expect(offending).toEqual([]);
  });
});
