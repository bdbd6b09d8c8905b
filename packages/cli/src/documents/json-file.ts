import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { CliError, type CliErrorKind } from '../exit-codes.js';

/** A JSON file's parsed value, and where each of its keys is written. */
export interface JsonText {
  readonly value: unknown;
  /** `file:line:column` of the entry at `path` (its key; the file's start when there is none), for error messages. */
  where(path: readonly (string | number)[]): string;
}

/**
 * Parses `text` as strict JSON (no comments, no trailing commas). A syntax error is a `CliError` that names the file,
 * line and column, which `JSON.parse`'s messages do not always give.
 */
export function parseJsonText(text: string, file: string, kind: CliErrorKind = 'usage'): JsonText {
  const at = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return `${file}:${before.length}:${before[before.length - 1].length + 1}`;
  };
  // The syntax tree (the positions) is built only when asked for: most files are read for their value alone.
  let tree: Node | undefined;
  const treeOf = () => {
    const errors: ParseError[] = [];
    tree ??= parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return { tree, errors };
  };
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const { errors } = treeOf();
    const [first] = errors;
    const problem = first
      ? describe(printParseErrorCode(first.error))
      : text.trim() === ''
        ? 'the file is empty'
        : (error as Error).message;
    throw new CliError(kind, `${at(first?.offset ?? 0)}: not valid JSON: ${problem}.`);
  }
  return {
    value,
    where: (path) => {
      const root = treeOf().tree;
      const node = root && findNodeAtLocation(root, [...path]);
      // A key's entry is where its key is written.
      return at((node?.parent?.type === 'property' ? node.parent.offset : node?.offset) ?? 0);
    },
  };
}

/** `PropertyNameExpected` → `property name expected`. */
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
