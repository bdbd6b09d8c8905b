/**
 * Writing TypeScript source: plain data as object literals, with room for code fragments (a `Secret.env(...)`
 * call, a variable) inside them.
 */

const TS_CODE_SYMBOL = Symbol.for('@litellm-cdk/cli.TsCode');

/** A fragment of TypeScript written as is, in place of a value. */
export class TsCode {
  /** Whether `x` is a code fragment. */
  public static isTsCode(x: unknown): x is TsCode {
    return typeof x === 'object' && x !== null && TS_CODE_SYMBOL in x;
  }

  public constructor(public readonly text: string) {
    Object.defineProperty(this, TS_CODE_SYMBOL, { value: true });
  }
}

/** A code fragment, e.g. `code("Secret.env('API_KEY')")`. */
export function code(text: string): TsCode {
  return new TsCode(text);
}

/** Lines longer than this are broken over several lines. */
const MAX_LINE = 120;
const INDENT = '  ';

/** A string literal: in single quotes, or in double quotes when that saves escaping a single quote. */
export function tsString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  // Lone surrogates are escaped too: the file is written as UTF-8, which cannot hold them.
  const escaped = text.replace(
    /[\\'"\n\r\t\u2028\u2029\0-\x1f\x7f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (character) => {
      switch (character) {
        case '\\':
          return '\\\\';
        case "'":
        case '"':
          return character === quote ? `\\${character}` : character;
        case '\n':
          return '\\n';
        case '\r':
          return '\\r';
        case '\t':
          return '\\t';
        default:
          return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
      }
    },
  );
  return `${quote}${escaped}${quote}`;
}

/** An object key: bare when it is an identifier, quoted otherwise (`__proto__` computed, so it stays a key). */
export function tsKey(key: string): string {
  if (key === '__proto__') return `['__proto__']`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : tsString(key);
}

/**
 * A value as a TypeScript expression: strings, numbers, booleans, null, arrays, plain objects and code
 * fragments. A value that fits on the line stays inline; a longer one is written one entry per line, indented
 * from `indent`.
 * @param lead how many characters the line holds before the value (`indent` and a key, say)
 * @param tail how many characters follow the value on its last line (`);`, say)
 * @throws TypeError for values that have no literal (functions, class instances other than `TsCode`)
 */
export function tsValue(value: unknown, indent = '', lead = indent.length, tail = 1): string {
  const inline = tsInline(value);
  if (lead + inline.length + tail <= MAX_LINE || !isCollection(value)) return inline;
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => `${inner}${tsValue(item, inner)},\n`).join('')}${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const lines = entries.map(
    ([k, v]) => `${inner}${tsKey(k)}: ${tsValue(v, inner, inner.length + tsKey(k).length + 2)},\n`,
  );
  return `{\n${lines.join('')}${indent}}`;
}

/** A value as a TypeScript expression on one line. */
export function tsInlineValue(value: unknown): string {
  return tsInline(value);
}

function tsInline(value: unknown): string {
  if (TsCode.isTsCode(value)) return value.text;
  switch (typeof value) {
    case 'string':
      return tsString(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
      return String(value);
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map(tsInline).join(', ')}]`;
      if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
        const entries = Object.entries(value);
        return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${tsKey(k)}: ${tsInline(v)}`).join(', ')} }`;
      }
  }
  throw new TypeError(`Cannot write ${describe(value)} as TypeScript.`);
}

function isCollection(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !TsCode.isTsCode(value);
}

function describe(value: unknown): string {
  if (typeof value === 'object' && value !== null) return `a ${value.constructor?.name ?? 'object'}`;
  return `a ${typeof value}`;
}

/**
 * A call, `callee(a, b, c)`: all arguments inline but the last, which is broken over lines when the call would
 * be too long.
 * @param lead how many characters the line holds before the call (`const x = `, say)
 */
export function tsCall(callee: string, args: readonly unknown[], lead = 0): string {
  const head = `${callee}(${args
    .slice(0, -1)
    .map((arg) => `${tsInline(arg)}, `)
    .join('')}`;
  const last = args.length > 0 ? tsValue(args[args.length - 1], '', lead + head.length, 2) : '';
  return `${head}${last})`;
}
