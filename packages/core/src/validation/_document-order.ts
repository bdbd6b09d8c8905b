// Findings sorted as a reader meets them: main document first, then each included one, each top to bottom.
import { isMapping } from './document-paths.js';
import type { ConfigDocument, ConfigFinding, ConfigPath } from './finding.js';

/**
 * Sorts findings in document order: by document (`documents[0]` is the main one, findings without `file` belong to
 * it), then by where their path leads in that document; a finding on a mapping comes before those inside it, and
 * findings at the same place keep their order.
 */
export function inDocumentOrder(
  findings: readonly ConfigFinding[],
  documents: readonly ConfigDocument[],
): ConfigFinding[] {
  const keyed = findings.map((finding) => {
    const found = finding.file === undefined ? 0 : documents.findIndex((document) => document.file === finding.file);
    const document = found < 0 ? documents.length : found;
    return { finding, document, position: positionOf(documents[document]?.content, finding.path) };
  });
  keyed.sort((a, b) => a.document - b.document || comparePositions(a.position, b.position));
  return keyed.map(({ finding }) => finding);
}

/** Each step of the path as the rank of its key (or its index) among its siblings; a missing key ranks last. */
function positionOf(content: unknown, path: ConfigPath): number[] {
  const position: number[] = [];
  let node = content;
  for (const part of path) {
    if (Array.isArray(node) && typeof part === 'number') {
      position.push(part);
      node = node[part];
    } else if (isMapping(node) && typeof part === 'string') {
      const keys = Object.keys(node);
      const rank = keys.indexOf(part);
      position.push(rank < 0 ? keys.length : rank);
      node = node[part];
    } else {
      break;
    }
  }
  return position;
}

function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
