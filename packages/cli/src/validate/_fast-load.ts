import { type State, load, Schema, Type } from 'js-yaml';
import type { ScalarTag } from 'yaml';
import { NON_PRINTABLE } from './_pyyaml-rejections.js';
import { pyyamlScalarTags } from './pyyaml-parse.js';

/**
 * The fast reader of large config files: js-yaml builds plain data directly, several times faster and with a
 * fraction of the memory of the `yaml` package's document (which keeps a node with a source range for every value).
 *
 * It must read exactly what the `yaml` document reader reads (and so what PyYAML's `safe_load` reads), so it takes
 * only the plain part of YAML that both read alike: plain scalars are resolved by the very tags the document reader
 * uses, and whenever the file holds anything where two readers could differ (anchors, aliases, tags, merge keys,
 * keys that are not plain strings, escapes, tabs, directives, special line breaks, characters PyYAML refuses, any
 * error at all) it gives up, and the caller reads the file with the document reader, which reports the problem at
 * its line and column. A differential test holds the two readers to the same data.
 *
 * @returns the plain content, or `undefined` when the file needs the document reader
 */
export function fastLoad(file: string): { readonly content: unknown } | undefined {
  // A byte order mark after the first character: the readers count its column differently.
  if (OUTSIDE_THE_PLAIN_SUBSET.test(file) || NON_PRINTABLE.test(file) || file.indexOf('\ufeff', 1) !== -1)
    return undefined;
  // js-yaml drops a byte order mark before reading; its offsets are those of the text after it.
  const text = withoutByteOrderMark(file);
  let plain = true;
  const starts: number[] = [];
  const listener = (event: string, state: State): void => {
    if (event === 'open') {
      starts.push(state.position);
      return;
    }
    const start = starts.pop()!;
    if (!plain) return;
    const { tag, anchor, kind, result } = state as State & {
      tag: string | null;
      anchor: string | null;
      kind: string | null;
      result: unknown;
    };
    // Anchors and explicit tags (a `!` tag reaches here; any other is refused by the schema below).
    if (anchor !== null || (tag !== null && tag !== PLAIN_SCALAR_TAG)) plain = false;
    // A flow scalar or collection over several lines: the readers differ on how far its lines must be indented.
    else if (isFlowOverLines(text, kind, start, state.position)) plain = false;
    // A mapping with a null key written without a value (`{~}`); a quoted 'null' key gives up too, to be sure.
    else if (kind === 'mapping' && Object.hasOwn(result as object, 'null')) plain = false;
    // A key: a collection or null as a key, or a key longer than PyYAML allows (1024 characters).
    else if (
      followedByColon(text, state.position) &&
      (kind !== 'scalar' || !isPlainKey(result) || state.position - start > MAX_KEY_LENGTH)
    )
      plain = false;
  };
  try {
    const content = load(text, { schema: PLAIN_SCHEMA, listener });
    return plain ? { content: content ?? null } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Text the fast reader leaves to the document reader: tabs, backslash escapes, `%` directives, YAML 1.1 line breaks
 * (NEL, U+2028, U+2029) and CR, alias and anchor marks and merge keys (`*`, `&` and `<<` anywhere, to be sure),
 * explicit `? key` entries, a comment right after a quote or bracket, document markers after the first line, block
 * scalars with an indentation indicator (`|2`), block sequence entries left empty (`-` alone), comment lines holding
 * `|` or `>` (the `yaml` package refuses some of them where PyYAML does not; the document reader decides).
 */
const OUTSIDE_THE_PLAIN_SUBSET =
  /[\t\r\\*&\x85\u2028\u2029]|<<|(?:^|\n)%|(?:^|[\s[{,])\?(?:\s|$)|["'\]}]#|\n(?:---|\.\.\.)(?:\s|$)|(?:^|\s)[|>][+-]?[1-9]|(?:^|\s)-[ ]*(?:#[^\n]*)?(?:\n|$)|(?:^|\n)[ ]*#[^\n]*[|>]/;

/** The text after a byte order mark, if there is one. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Keys longer than this are left to the document reader (PyYAML refuses simple keys beyond 1024 characters). */
const MAX_KEY_LENGTH = 1000;

/** The tag the fast reader gives a resolved plain scalar. */
const PLAIN_SCALAR_TAG = 'tag:litellm-cdk,2026:plain';

/** A failed resolution, or a value the plain subset does not hold (a date, binary data): the file needs the document reader. */
class NotPlain extends Error {}

/**
 * One implicit type for every plain scalar: the first of the document reader's default tags whose pattern matches
 * resolves it, as the `yaml` package's composer does; what is not a string, number, boolean or null gives up.
 */
function plainScalarType(tags: readonly ScalarTag[]): Type {
  return new Type(PLAIN_SCALAR_TAG, {
    kind: 'scalar',
    resolve: () => true,
    construct: (source: string) => {
      const tag = tags.find((t) => t.default === true && t.test?.test(source));
      if (!tag) return source;
      const resolved = tag.resolve(
        source,
        () => {
          throw new NotPlain(source);
        },
        { intAsBigInt: false } as never,
      ) as unknown;
      const value =
        typeof resolved === 'object' && resolved !== null && 'value' in resolved
          ? (resolved as { value: unknown }).value
          : resolved;
      if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return value;
      throw new NotPlain(source);
    },
  });
}

/** The schema of the fast reader: no explicit tags, every plain scalar resolved as the document reader does. */
export const PLAIN_SCHEMA = new Schema({ implicit: [plainScalarType(pyyamlScalarTags())] });

/**
 * Whether the node of `kind` between `start` (before the space that separates it) and `end` is a flow node (a plain
 * or quoted scalar, `[...]` or `{...}`) with a line break in it; block scalars and collections span lines by nature.
 */
function isFlowOverLines(text: string, kind: string | null, start: number, end: number): boolean {
  const first = contentStart(text, start);
  const lineBreak = text.indexOf('\n', first);
  if (lineBreak === -1 || lineBreak >= end) return false;
  const c = text.charCodeAt(first);
  if (kind === 'scalar') return c !== 0x7c && c !== 0x3e; // | or >: a block scalar
  return c === 0x5b || c === 0x7b; // [ or {: a flow collection
}

/** Where a node's content starts: past the spaces, line breaks and comments after `offset`. */
export function contentStart(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a) i++;
    else if (c === 0x23) {
      const lineBreak = text.indexOf('\n', i);
      i = lineBreak === -1 ? text.length : lineBreak;
    } else return i;
  }
}

/** Whether the node that ends at `offset` is a mapping key: a `:` follows it on its line. */
export function followedByColon(text: string, offset: number): boolean {
  let i = offset;
  while (text.charCodeAt(i) === 0x20) i++;
  return text.charCodeAt(i) === 0x3a;
}

/**
 * Keys both readers turn into the same property name: strings, numbers and booleans (by `String()`), but not null
 * (`''` for one, `'null'` for the other) nor `__proto__`.
 */
function isPlainKey(key: unknown): boolean {
  return key !== null && key !== '__proto__' && typeof key !== 'object';
}
