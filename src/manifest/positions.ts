import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/**
 * What a path leads to in a YAML document: the value node, its key node, and the deepest node that
 * exists on the way.
 */
export interface NodeLookup {
  /** The node at the full path, when every segment exists. */
  node: Node | undefined;
  /** The key node of the last segment, when it is a mapping key that exists. */
  key: Node | undefined;
  /** The deepest existing node along the path (the document root at worst). */
  deepest: Node | undefined;
  /** How many path segments were found. */
  depth: number;
}

function resolve(doc: Document, node: unknown): Node | undefined {
  if (isAlias(node)) return node.resolve(doc) ?? undefined;
  return isMap(node) || isSeq(node) || isScalar(node) ? node : undefined;
}

export function lookup(doc: Document, path: readonly PropertyKey[]): NodeLookup {
  let node = resolve(doc, doc.contents);
  let deepest = node;
  let key: Node | undefined;
  let depth = 0;
  for (const seg of path) {
    key = undefined;
    let next: Node | undefined;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg),
      );
      if (pair) {
        key = isScalar(pair.key) ? pair.key : undefined;
        next = resolve(doc, pair.value);
        // `key:` with nothing after it has no value node; the key is the best place to point at.
        if (next === undefined && key) next = key;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = resolve(doc, node.items[seg]);
    }
    if (next === undefined) return { node: undefined, key: undefined, deepest, depth };
    node = next;
    deepest = next;
    depth++;
  }
  return { node, key, deepest, depth };
}

/** 1-based line/column of the start of a node, or of the document start when it has no range. */
export function positionOf(node: Node | undefined, lineCounter: LineCounter): Position {
  const offset = node?.range?.[0] ?? 0;
  return offsetPosition(offset, lineCounter);
}

export function offsetPosition(offset: number, lineCounter: LineCounter): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line: Math.max(1, line), column: Math.max(1, col) };
}
