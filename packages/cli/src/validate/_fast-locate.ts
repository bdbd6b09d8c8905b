import type { ConfigPath } from '@litellm-cdk/core';
import { load, type State } from 'js-yaml';
import { contentStart, followedByColon, PLAIN_SCHEMA, withoutByteOrderMark } from './_fast-load.js';
import type { PositionTarget, SourcePosition } from './locate-path.js';

/** A position asked of {@link fastLocate}. */
export interface PositionRequest {
  readonly path: ConfigPath;
  readonly target: PositionTarget;
}

/** What the walk saw of a node a request passes through. */
interface Seen {
  /** Where the node's content starts. */
  readonly start: number;
  /** Where the key of the pair holding it starts, when its parent is a mapping. */
  readonly keyStart: number | undefined;
  /** `key:` with nothing after it. */
  readonly empty: boolean;
}

/** A node of the tree of requested paths. */
interface Branch {
  readonly children: Map<string, Branch>;
  seen?: Seen;
}

/** A node being read: what the walk needs to know of it until it closes (a class, so every frame has one shape). */
class Frame {
  /** Known at the first child: whether this node is a sequence (else a mapping, or a scalar being tried as a key). */
  public isSequence: boolean | undefined = undefined;
  /** Children opened as sequence items, or as mapping values. */
  public items = 0;
  /** The key the next child is the value of, in a mapping. */
  public pendingKey: { readonly text: string; readonly start: number } | undefined = undefined;
  /** Whether a tried child turned out to be this node itself (its children were counted there). */
  public wasTried = false;

  public constructor(
    public readonly open: number,
    /** The requested paths below this node, when any pass through it. */
    public readonly branch: Branch | undefined,
    /** Where the key of the pair holding this node starts, in a mapping. */
    public readonly keyStart: number | undefined,
    /** Whether this node is a mapping key (it has no path of its own). */
    public readonly isKey: boolean,
    /**
     * A node opened where its parent's content starts: js-yaml tries every block node as the first key of a block
     * mapping, so this is that key, or (no `:` follows) the parent node itself. Until it closes it stands for the parent.
     */
    public readonly tried: boolean,
  ) {}
}

/**
 * The line and column of each requested path in a file the fast reader (`_fast-load.ts`) accepted, by the same
 * rules as `locatePath` on the `yaml` document (a differential test holds the two to the same answers), without
 * building a document: one more pass of js-yaml, which notes only the nodes on the requested paths.
 *
 * @returns the positions, in the order of `requests`; `undefined` when the file has a form these rules do not
 *   cover (a `key: value` pair as a flow sequence item, a flow mapping key without a value, an empty document or
 *   sequence item on a requested path), for the caller to ask the document instead
 */
export function fastLocate(file: string, requests: readonly PositionRequest[]): SourcePosition[] | undefined {
  // js-yaml's offsets are those of the text after a byte order mark; the document's count the mark.
  const text = withoutByteOrderMark(file);
  const shift = file.length - text.length;
  const root: Branch = { children: new Map() };
  for (const { path } of requests) {
    let branch = root;
    for (const segment of path) {
      const key = String(segment);
      const child = branch.children.get(key) ?? { children: new Map() };
      branch.children.set(key, child);
      branch = child;
    }
  }
  const stack: Frame[] = [];
  let unsure = false;
  const listener = (event: string, state: State): void => {
    if (event === 'open') {
      stack.push(openFrame(text, stack.at(-1), root, state.position));
      return;
    }
    const frame = stack.pop()!;
    const { kind, result } = state as State & { kind: string | null; result: unknown };
    const parent = stack.at(-1);
    const isPair = followedByColon(text, state.position);
    if (frame.isKey) {
      if (isPair) parent!.pendingKey = { text: String(result), start: contentStart(text, frame.open) };
      else unsure = true; // a flow mapping key without a value (`{a, b: 1}`)
      return;
    }
    if (frame.tried) {
      if (isPair) {
        parent!.isSequence = false;
        parent!.pendingKey = { text: String(result), start: contentStart(text, frame.open) };
        return;
      }
      parent!.wasTried = true;
    } else if (parent?.isSequence && isPair) unsure = true; // a `key: value` pair as a flow sequence item
    // js-yaml adds an empty block sequence item (`-` alone) without reading a node: the indexes would be off.
    if (!frame.wasTried && kind === 'sequence' && (result as unknown[]).length !== frame.items) unsure = true;
    if (!frame.wasTried && kind === 'mapping' && Object.keys(result as object).length !== frame.items) unsure = true;
    if (frame.branch && !frame.branch.seen) {
      const start = contentStart(text, frame.open);
      // js-yaml leaves `kind` unset for a block scalar that starts on the line after its key: it is not empty.
      const empty = kind === null && !isBlockScalarIndicator(text.charCodeAt(start));
      if (empty && frame.keyStart === undefined) unsure = true;
      frame.branch.seen = { start, keyStart: frame.keyStart, empty };
    }
  };
  load(text, { schema: PLAIN_SCHEMA, listener });
  if (unsure) return undefined;
  const lines = lineStarts(file);
  return requests.map(({ path, target }) => {
    let branch = root;
    let seen = root.seen;
    for (const segment of path) {
      const next = branch.children.get(String(segment));
      if (!next?.seen) break;
      branch = next;
      seen = next.seen;
    }
    return positionAt(lines, seen ? offsetOf(seen, target) + shift : 0);
  });
}

/** The frame of a node opening at `open` under `parent` (the document's node when there is none). */
function openFrame(text: string, parent: Frame | undefined, root: Branch, open: number): Frame {
  if (!parent) return new Frame(open, root, undefined, false, false);
  if (parent.isSequence === undefined) {
    const parentStart = contentStart(text, parent.open);
    if (contentStart(text, open) === parentStart) return new Frame(open, parent.branch, parent.keyStart, false, true);
    parent.isSequence = startsSequence(text, parentStart);
  }
  if (parent.isSequence) {
    const branch = parent.branch?.children.get(String(parent.items));
    parent.items++;
    return new Frame(open, branch, undefined, false, false);
  }
  const key = parent.pendingKey;
  if (!key) return new Frame(open, undefined, undefined, true, false);
  parent.pendingKey = undefined;
  parent.items++;
  return new Frame(open, parent.branch?.children.get(key.text), key.start, false, false);
}

/** As `locatePath`: the key for a key target or an empty value, else where the value starts. */
function offsetOf(seen: Seen, target: PositionTarget): number {
  if (seen.keyStart !== undefined && (target === 'key' || seen.empty)) return seen.keyStart;
  return seen.start;
}

/** `|` or `>`, which start a block scalar. */
function isBlockScalarIndicator(c: number): boolean {
  return c === 0x7c || c === 0x3e;
}

/** Whether content starting at `offset` is a sequence: a block entry (`- `) or `[`. */
function startsSequence(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  if (c === 0x5b) return true;
  if (c !== 0x2d) return false;
  const next = text.charCodeAt(offset + 1);
  return next === 0x20 || next === 0x0a || Number.isNaN(next);
}

/** The offset each line starts at. */
function lineStarts(text: string): Int32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return starts;
}

function positionAt(lines: Int32Array, offset: number): SourcePosition {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lines[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lines[low]! + 1 };
}
