import { type Document, isMap, isScalar, isSeq, type LineCounter } from 'yaml';
import type { SourcePosition } from './locate-path.js';

/** A key written twice in one mapping; PyYAML keeps the value of the last one without a word. */
export interface DuplicateKey {
  /** The mapping's path. */
  readonly path: (string | number)[];
  readonly key: string;
  /** Where each occurrence is written, in order; all but the last are ignored. */
  readonly positions: readonly SourcePosition[];
}

/** Every mapping key written more than once, in document order. */
export function findDuplicateKeys(document: Document.Parsed, lineCounter: LineCounter): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        visit(item, [...path, index]);
      });
      return;
    }
    if (!isMap(node)) return;
    const byKey = new Map<string, SourcePosition[]>();
    for (const pair of node.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = String(pair.key.value);
      const { line, col } = lineCounter.linePos(pair.key.range[0]);
      byKey.set(key, [...(byKey.get(key) ?? []), { line, column: col }]);
      visit(pair.value, [...path, key]);
    }
    for (const [key, positions] of byKey) if (positions.length > 1) found.push({ path, key, positions });
  };
  visit(document.contents, []);
  return found;
}
