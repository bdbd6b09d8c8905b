/**
 * How one scalar is written so that PyYAML (YAML 1.1, what LiteLLM loads with) and the `yaml` package in both
 * its 1.1 and 1.2 core schemas read back exactly the value we meant.
 *
 * A string is written plain only when no parser could take it for anything else; otherwise it is single-quoted,
 * or double-quoted with escapes when it holds characters that must not appear raw.
 */

/** Characters that are written escaped inside double quotes, and that force double quotes. */
const NEEDS_ESCAPE = new RegExp(
  [
    // C0 controls, DEL and C1 controls: PyYAML's reader rejects them, and `\x85` is a YAML 1.1 line break.
    '[\\x00-\\x1F\\x7F-\\x9F]',
    // Line and paragraph separators (YAML 1.1 line breaks), zero-width and bidirectional formatting characters
    // (invisible to a reviewer reading the config), the byte-order mark, the non-characters U+FFFE and U+FFFF.
    '[\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFFE\\uFFFF]',
    // Lone UTF-16 surrogates, which UTF-8 cannot encode.
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
);

/** The same characters, for replacing one at a time (global; no state kept between calls to `replace`). */
const ESCAPED_CHARACTER = new RegExp(`${NEEDS_ESCAPE.source}|["\\\\]`, 'g');

/**
 * Texts that are valid strings but would not be read back as the same plain scalar. Checked after
 * {@link NEEDS_ESCAPE}, so tabs and line breaks never reach it.
 */
const NOT_PLAIN = new RegExp(
  [
    // A leading indicator starts a sequence entry, key, value, flow collection, comment, anchor, alias, tag,
    // block scalar, quoted scalar or directive; `@` and the backtick are reserved (YAML 1.1 §4.1.2, 1.2 §5.3).
    '^[-?:,\\[\\]{}#&*!|>\'"%@`]',
    // Document markers when the scalar sits at column 0 (a top-level key or a root scalar).
    '^(?:---|\\.\\.\\.)',
    // Leading or trailing spaces are trimmed from plain scalars.
    '^ ',
    ' $',
    // `: ` ends an implicit key, ` #` starts a comment, a trailing `:` is read as a mapping indicator.
    ': ',
    ' #',
    ':$',
    // Unicode spaces: legal in plain scalars, but some parsers trim them and readers cannot see them.
    '[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]',
  ].join('|'),
);

/**
 * Plain scalars that some parser resolves to a non-string (or to a special key), in any of the three readers that
 * matter. Each alternative is copied from its source so that a reviewer can compare them. The whole pattern ignores
 * letter case, which only quotes a few more strings than needed (`0X1F`, `.INf`, `tRUE`).
 */
const RESOLVES_TO_NON_STRING = new RegExp(
  `^(?:${[
    // Booleans and nulls in every YAML 1.1 and 1.2 spelling, in any letter case (a superset of PyYAML's
    // `yes|Yes|YES|...|off|Off|OFF` and `~|null|Null|NULL`, and of the `yaml` package's `y|Y|n|N`).
    '(?:y|n|yes|no|on|off|true|false|null|~)',
    // PyYAML `Resolver` (yaml/resolver.py): merge key `<<` and value key `=` (no safe constructor: load fails).
    '<<',
    '=',
    // PyYAML int: binary, old octal, decimal with `_`, hex, sexagesimal.
    '[-+]?0b[0-1_]+',
    '[-+]?0[0-7_]+',
    '[-+]?(?:0|[1-9][0-9_]*)',
    '[-+]?0x[0-9a-fA-F_]+',
    '[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+',
    // PyYAML float: needs a `.`; exponent sign required; sexagesimal; inf; nan.
    '[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?',
    '\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?',
    '[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*',
    '[-+]?\\.(?:inf|Inf|INF)',
    '\\.(?:nan|NaN|NAN)',
    // PyYAML timestamp: a date, or a date and time (the constructor throws on an impossible date).
    '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]',
    '[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?',
    // `yaml` package, YAML 1.1 schema (dist/schema/yaml-1.1): looser than PyYAML, e.g. `08`, `1e3`, `e5`, `.`.
    '[-+]?[0-9][0-9_]*',
    '[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+',
    '[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+',
    '[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*',
    '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \\t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]+)?(?:[ \\t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?',
    // YAML 1.2 core schema (`yaml` package dist/schema/core): `0o` octal, plain decimal, hex, floats.
    '0o[0-7]+',
    '[-+]?[0-9]+',
    '0x[0-9a-fA-F]+',
    '[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+',
    '[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)',
  ].join('|')})$`,
  'i',
);

/** Which quoting a string needs; exported for tests and for callers that want to explain a choice. */
export type ScalarStyle = 'plain' | 'single-quoted' | 'double-quoted';

/**
 * Most keys and values (`model_name`, `os.environ/AWS_REGION_NAME_EU`, `gpt-4o`) are made of these characters only.
 * Such a text cannot match {@link NEEDS_ESCAPE} or {@link NOT_PLAIN} (no indicator first, no space, `:` or `#`), so
 * only the resolvers are left to ask.
 */
const ORDINARY_CHARACTERS_ONLY = /^[A-Za-z0-9_/][A-Za-z0-9_./-]*$/;

/** Chooses the style for one string (a key or a value: the rules are the same). */
export function scalarStyleOf(text: string): ScalarStyle {
  if (ORDINARY_CHARACTERS_ONLY.test(text)) return RESOLVES_TO_NON_STRING.test(text) ? 'single-quoted' : 'plain';
  if (text.length === 0) return 'single-quoted';
  if (NEEDS_ESCAPE.test(text)) return 'double-quoted';
  if (NOT_PLAIN.test(text) || RESOLVES_TO_NON_STRING.test(text)) return 'single-quoted';
  return 'plain';
}

/** Renders a string as a YAML scalar in the style {@link scalarStyleOf} chooses. */
export function renderString(text: string): string {
  switch (scalarStyleOf(text)) {
    case 'plain':
      return text;
    case 'single-quoted':
      return `'${text.replaceAll("'", "''")}'`;
    case 'double-quoted':
      return `"${text.replace(ESCAPED_CHARACTER, escapeCharacter)}"`;
  }
}

/** The escapes both PyYAML and the `yaml` package read: `\\`, `\"`, `\t`, `\n`, `\r`, `\xXX`, `\uXXXX`. */
function escapeCharacter(character: string): string {
  switch (character) {
    case '\\':
      return '\\\\';
    case '"':
      return '\\"';
    case '\t':
      return '\\t';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
  }
  const code = character.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return code < 0x100 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}

/**
 * Renders a finite number. Integers are written as integers (`-0` as `-0.0`, to keep its sign). Other numbers use
 * JavaScript's shortest round-trip form, with `.0` added to a bare exponent mantissa: PyYAML's float resolver needs
 * a `.`, so `1e-7` would load as a string, while `1.0e-7` is a float in YAML 1.1 and 1.2 alike. JavaScript only
 * uses exponents below 1e-6 and at or above 1e21, where every double is an integer, so the exponent is always signed.
 * Returns `undefined` for NaN and the infinities, which the caller reports with the path.
 */
export function renderNumber(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (Number.isInteger(value)) {
    if (Object.is(value, -0)) return '-0.0';
    return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
  }
  const text = String(value);
  const exponent = text.indexOf('e');
  if (exponent === -1 || text.lastIndexOf('.', exponent) !== -1) return text;
  return `${text.slice(0, exponent)}.0${text.slice(exponent)}`;
}

/** Characters that may not appear in a comment line: line breaks and whatever {@link NEEDS_ESCAPE} covers. */
const COMMENT_LINE_BREAK = /\r\n|[\n\r\x85\u2028\u2029]/;
const COMMENT_UNSAFE_CHARACTER = new RegExp(NEEDS_ESCAPE.source, 'g');

/**
 * Renders free text as comment lines (`# text`), each prefixed with `indent` and ending in a newline. Line breaks
 * start a new comment line; other unprintable characters are written as `\uXXXX` text, because PyYAML's reader
 * rejects the whole file if a comment holds one.
 */
export function renderCommentLines(text: string, indent: string): string {
  let lines = '';
  for (const line of text.split(COMMENT_LINE_BREAK)) {
    const safe = line.replace(COMMENT_UNSAFE_CHARACTER, escapeCommentCharacter).trimEnd();
    lines += safe.length === 0 ? `${indent}#\n` : `${indent}# ${safe}\n`;
  }
  return lines;
}

function escapeCommentCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
