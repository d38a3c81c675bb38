import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { joinPath, splitPath } from '../profile/schema.js';
import type { TextFlaw } from '../profile/text.js';
import type { Position } from './types.js';

/* Positions in the parsed profile.yaml: where a field, a value or a bad character stands. */

export function nodeAt(
  doc: Document,
  p: string,
): { node?: YamlNode; key?: YamlNode; found: number } {
  let node: unknown = doc.contents;
  let key: YamlNode | undefined;
  const parts = splitPath(p);
  let found = 0;
  for (const part of parts) {
    if (isMap(node)) {
      const pair = node.items.find(
        (it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(part),
      );
      if (!pair) break;
      key = pair.key as YamlNode;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (item === undefined) break;
      key = undefined;
      node = item;
    } else break;
    found++;
    if (node === null || node === undefined) break;
  }
  return { node: (node ?? undefined) as YamlNode | undefined, key, found };
}

export function locateIn(
  doc: Document,
  p: string,
  pos: (offset: number) => Position,
): Position | undefined {
  const parts = splitPath(p);
  // Walk down as far as the document goes; the deepest present node is the position.
  for (let n = parts.length; n >= 0; n--) {
    const { node, key, found } = nodeAt(doc, joinPath(parts.slice(0, n)));
    if (found < n) continue;
    const anchor = key?.range ?? node?.range;
    if (anchor) return pos(anchor[0]);
  }
  return { line: 1, column: 1 };
}

export function sourceText(doc: Document, text: string, p: string): string | undefined {
  const { node } = nodeAt(doc, p);
  if (!node?.range) return undefined;
  return text.slice(node.range[0], node.range[1]).trim();
}

export function firstAlias(doc: Document, pos: (offset: number) => Position): Position | undefined {
  let found: Position | undefined;
  const visit = (node: unknown): void => {
    if (found || node === null || typeof node !== 'object') return;
    const n = node as {
      type?: string;
      range?: [number, number, number];
      items?: unknown[];
      key?: unknown;
      value?: unknown;
    };
    if ((node as { constructor: { name: string } }).constructor.name === 'Alias' && n.range) {
      found = pos(n.range[0]);
      return;
    }
    if (Array.isArray(n.items)) n.items.forEach(visit);
    if ('key' in n) visit(n.key);
    if ('value' in n) visit(n.value);
  };
  visit(doc.contents);
  return found;
}

/**
 * The bad character where it stands in the file; where it was written as an escape (`"\uFFFE"`),
 * or the value is too long, where the value starts.
 */
export function textPosition(
  doc: Document,
  text: string,
  at: string,
  flaw: TextFlaw,
  pos: (offset: number) => Position,
): Position | undefined {
  const { node, found } = nodeAt(doc, at);
  if (found < splitPath(at).length || !isScalar(node) || !node.range) return locateIn(doc, at, pos);
  const [start, end] = node.range;
  const offset = flaw.kind === 'too-long' ? -1 : text.slice(start, end).indexOf(flaw.raw);
  return pos(offset >= 0 ? start + offset : start);
}
