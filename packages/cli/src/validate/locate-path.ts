import type { ConfigPath } from '@litellm-cdk/core';
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';

/** A 1-based line and column in a file, as compilers print them. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Which part of a `key: value` entry a finding points at. */
export type PositionTarget = 'key' | 'value';

/**
 * The line and column of the node a document path names, in the file `document` was parsed from.
 *
 * - For `target: 'value'` it is where the value starts; a value left empty (`key:`) points at its key.
 * - For `target: 'key'` it is where the key is written (an unknown key, a key in the wrong place).
 * - A path that leaves the document (a missing key) points at the deepest entry that exists: the mapping the key
 *   is missing from, at its first key, so the reader lands on the entry that lacks it.
 *
 * Duplicate keys resolve to the last one, which is the value PyYAML keeps.
 */
export function locatePath(
  document: Document.Parsed,
  lineCounter: LineCounter,
  path: ConfigPath,
  target: PositionTarget = 'value',
): SourcePosition {
  let node: unknown = document.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    const collection = resolveAlias(document, node);
    const next = step(collection, segment);
    if (!next) break;
    pair = next.pair;
    node = next.node;
  }
  const offset = offsetOf(node, pair, target) ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The child of `collection` at `segment`, and the pair holding it when `collection` is a mapping. */
function step(collection: unknown, segment: string | number): { node: unknown; pair?: Pair } | undefined {
  if (isMap(collection)) {
    const found = [...collection.items].reverse().find((item) => keyText(item.key) === String(segment));
    return found ? { node: found.value, pair: found } : undefined;
  }
  if (isSeq(collection) && typeof segment === 'number') {
    const item = collection.items[segment];
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

function offsetOf(node: unknown, pair: Pair | undefined, target: PositionTarget): number | undefined {
  const keyOffset = pair && rangeStart(pair.key);
  if (target === 'key' && keyOffset !== undefined) return keyOffset;
  if (isEmptyValue(node) && keyOffset !== undefined) return keyOffset;
  return rangeStart(node) ?? keyOffset;
}

/** `key:` with nothing after it parses as a null scalar whose range is empty. */
function isEmptyValue(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (!isScalar(node) || node.value !== null) return false;
  const range = node.range;
  return !range || range[0] === range[1];
}

function rangeStart(node: unknown): number | undefined {
  if (isPair(node)) return rangeStart(node.key);
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function resolveAlias(document: Document.Parsed, node: unknown): unknown {
  return isAlias(node) ? node.resolve(document) : node;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? 'null' : String(key.value);
  return typeof key === 'string' ? key : undefined;
}
