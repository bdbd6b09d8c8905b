import { renderCommentLines, renderNumber, renderString } from './_yaml-scalars.js';

/** A YAML scalar as JSON knows it. */
export type YamlScalar = string | number | boolean | null;

/**
 * A mapping with string keys, written in the order `Object.keys` gives: insertion order, except that JavaScript puts
 * integer-like keys (`'1'`) first.
 */
export interface YamlMapping {
  readonly [key: string]: YamlValue;
}

/** Any JSON-like value: scalars, arrays and plain objects, nested freely. */
export type YamlValue = YamlScalar | readonly YamlValue[] | YamlMapping;

/** The value a whole config file holds; usually a {@link YamlMapping}. */
export type YamlDocument = YamlValue;

/** Where a node sits: mapping keys and sequence indexes from the root, e.g. `['model_list', 3]`. */
export type YamlPath = readonly (string | number)[];

/**
 * Supplies the comment written before an entry, or `undefined` for none.
 *
 * It is asked once for every entry whose path has one or two segments, in document order: the top-level keys
 * (`['model_list']`) and their direct children (`['model_list', 3]`, `['router_settings', 'fallbacks']`), and
 * never deeper, so the emitter builds no path for the bulk of the nodes. The path array is fresh on every call.
 * When the root is a sequence, an item's first entry that gets a comment moves from the `- ` line to its own line.
 */
export type CommentSource = (path: YamlPath) => string | undefined;

/** How {@link emitYaml} writes a document. */
export interface EmitOptions {
  /**
   * Comment lines at the top of the file, each written as `# <line>`.
   * @default - no header
   */
  readonly header?: readonly string[];
  /**
   * Comments written on their own lines before entries of the top two levels, at the entry's indentation; a text
   * with line breaks becomes several comment lines. See {@link CommentSource} for the addressing.
   * @default - no comments
   */
  readonly comments?: CommentSource;
}

/** Thrown when a document holds something that is not JSON-like data; `path` says where. */
export class YamlEmitError extends TypeError {
  /** The location of the offending value, from the root. */
  readonly path: YamlPath;

  /**
   * @param problem - what is wrong, e.g. `undefined is not a YAML value`
   * @param path - where the offending value sits
   */
  constructor(problem: string, path: YamlPath) {
    super(`Cannot emit YAML at ${formatPath(path)}: ${problem}`);
    this.name = 'YamlEmitError';
    this.path = path;
  }
}

/**
 * Renders JSON-like data as the text of a YAML file that PyYAML's `safe_load` (YAML 1.1, what LiteLLM uses) and the
 * `yaml` package (YAML 1.1 and 1.2 core schemas) all read back as exactly that data.
 *
 * Block style throughout, two-space indentation, keys in `Object.keys` order, `{}` and `[]` for empty collections, no
 * anchors, no document markers, no line folding; the same input always gives the same bytes, ending in one newline.
 * Strings are plain when that is unambiguous in both YAML versions and quoted otherwise (see `_yaml-scalars.ts`).
 *
 * @throws {@link YamlEmitError} (a `TypeError`) for `undefined`, functions, symbols, bigints, NaN, infinities,
 *   instances of classes other than `Object` and `Array`, cycles, and nesting deeper than 100 levels.
 */
export function emitYaml(document: YamlDocument, options: EmitOptions = {}): string {
  const writer = new BlockWriter(options.comments);
  for (const line of options.header ?? []) writer.write(renderCommentLines(line, ''));
  writer.writeRoot(document);
  return writer.finish();
}

/** Deeper documents are rejected: PyYAML's recursive composer fails at about 500 levels, configs need fewer than 10. */
const MAX_DEPTH = 100;

/** Longer keys use the explicit `? key` form: PyYAML and `yaml` reject implicit keys over 1024 characters. */
const MAX_IMPLICIT_KEY_LENGTH = 1000;

/** The comment source is only asked for paths of at most this many segments. */
const MAX_COMMENT_DEPTH = 2;

const INDENT_STEP = '  ';

type Container = readonly unknown[] | Readonly<Record<string, unknown>>;

/**
 * Chunk size at which the text written so far is set aside. V8 keeps the result of `+=` as a tree of the pieces
 * (a rope); a rope of a whole 100,000-deployment file is millions of small objects that the garbage collector keeps
 * copying, so each chunk is flattened while it is young.
 */
const CHUNK_LENGTH = 1 << 16;

/** Appends the YAML text of one document, tracking the current path for comments and errors. */
class BlockWriter {
  private out = '';
  private readonly chunks: string[] = [];
  private readonly path: (string | number)[] = [];
  private readonly containers: Container[] = [];
  /** Keys repeat in every deployment; rendering each distinct key once saves a third of the scalar work. */
  private readonly renderedKeys = new Map<string, string>();

  constructor(private readonly comments: CommentSource | undefined) {}

  write(text: string): void {
    this.out += text;
  }

  finish(): string {
    this.chunks.push(this.out);
    return this.chunks.join('');
  }

  writeRoot(value: unknown): void {
    const scalar = this.scalarOrEmpty(value);
    if (scalar !== undefined) {
      this.out += `${scalar}\n`;
    } else {
      this.writeCollection(value as Container, '', false);
    }
  }

  /**
   * Writes the entries of a non-empty collection at `indent`. With `afterDash`, the parent just wrote a bare `-`
   * and the first entry continues that line (`- key: value`), unless it carries a comment.
   */
  private writeCollection(collection: Container, indent: string, afterDash: boolean): void {
    this.enter(collection);
    if (Array.isArray(collection)) {
      for (let index = 0; index < collection.length; index++) {
        this.path.push(index);
        this.startEntry(indent, afterDash && index === 0);
        this.out += '-';
        this.writeItemValue(collection[index], indent);
        this.path.pop();
        if (this.out.length >= CHUNK_LENGTH) this.setChunkAside();
      }
    } else {
      let first = true;
      for (const key of Object.keys(collection)) {
        this.path.push(key);
        this.startEntry(indent, afterDash && first);
        this.writeKey(key, indent);
        this.writeKeyValue((collection as Readonly<Record<string, unknown>>)[key], indent);
        this.path.pop();
        first = false;
        if (this.out.length >= CHUNK_LENGTH) this.setChunkAside();
      }
    }
    this.containers.pop();
  }

  private setChunkAside(): void {
    this.out.charCodeAt(0); // reading a character flattens the rope
    this.chunks.push(this.out);
    this.out = '';
  }

  /** Writes the comment for the entry at the current path, if any, and the entry's indentation. */
  private startEntry(indent: string, afterDash: boolean): void {
    const comment = this.commentForCurrentPath();
    if (comment === undefined) {
      this.out += afterDash ? ' ' : indent;
    } else {
      this.out += `${afterDash ? '\n' : ''}${renderCommentLines(comment, indent)}${indent}`;
    }
  }

  private commentForCurrentPath(): string | undefined {
    if (this.comments === undefined || this.path.length > MAX_COMMENT_DEPTH) return undefined;
    return this.comments(this.path.slice());
  }

  /** Writes `key:`, or `? key` and `:` on the next line for a key too long to be implicit. */
  private writeKey(key: string, indent: string): void {
    let rendered = this.renderedKeys.get(key);
    if (rendered === undefined) {
      rendered = renderString(key);
      this.renderedKeys.set(key, rendered);
    }
    this.out += rendered.length > MAX_IMPLICIT_KEY_LENGTH ? `? ${rendered}\n${indent}:` : `${rendered}:`;
  }

  /** Writes what follows `key:`: a scalar on the same line, or a collection on the lines below. */
  private writeKeyValue(value: unknown, indent: string): void {
    const scalar = this.scalarOrEmpty(value);
    if (scalar !== undefined) {
      this.out += ` ${scalar}\n`;
    } else {
      this.out += '\n';
      this.writeCollection(value as Container, indent + INDENT_STEP, false);
    }
  }

  /** Writes what follows `-`: a scalar, or a collection whose first entry shares the dash's line. */
  private writeItemValue(value: unknown, indent: string): void {
    const scalar = this.scalarOrEmpty(value);
    if (scalar !== undefined) {
      this.out += ` ${scalar}\n`;
    } else {
      this.writeCollection(value as Container, indent + INDENT_STEP, true);
    }
  }

  /**
   * Renders a scalar or an empty collection as one token, returns `undefined` for a non-empty collection, and
   * throws for anything that is not JSON-like.
   */
  private scalarOrEmpty(value: unknown): string | undefined {
    switch (typeof value) {
      case 'string':
        return renderString(value);
      case 'number': {
        const rendered = renderNumber(value);
        if (rendered === undefined) throw this.error(`${value} is not a finite number`);
        return rendered;
      }
      case 'boolean':
        return value ? 'true' : 'false';
      case 'object':
        if (value === null) return 'null';
        if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
        if (!isPlainObject(value)) throw this.error(`${describeInstance(value)} is not a plain object or array`);
        return hasOwnKeys(value) ? undefined : '{}';
      case 'undefined':
        throw this.error('undefined is not a YAML value (leave the key out, or use null)');
      case 'function':
        throw this.error('a function is not a YAML value');
      default:
        throw this.error(`a ${typeof value} is not a YAML value`);
    }
  }

  private enter(collection: Container): void {
    const earlier = this.containers.indexOf(collection);
    if (earlier !== -1) {
      throw this.error(`cycle: the value refers back to ${formatPath(this.path.slice(0, earlier))}`);
    }
    if (this.containers.length >= MAX_DEPTH) throw this.error(`nesting deeper than ${MAX_DEPTH} levels`);
    this.containers.push(collection);
  }

  private error(problem: string): YamlEmitError {
    return new YamlEmitError(problem, this.path.slice());
  }
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Emptiness without allocating a key array, which {@link BlockWriter.writeCollection} builds anyway. */
function hasOwnKeys(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}

function describeInstance(value: object): string {
  const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name.length > 0 ? `an instance of ${name}` : 'an object with a custom prototype';
}

function formatPath(path: YamlPath): string {
  return path.length === 0 ? 'the document root' : path.join('/');
}
