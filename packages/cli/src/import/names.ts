/** Words that cannot name a variable. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined NaN Infinity'
  ).split(' '),
);

/** The words of a name: runs of letters and digits (`gpt-3.5-turbo` -> `gpt`, `3`, `5`, `turbo`). */
function words(text: string): string[] {
  return text.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

/**
 * A construct id from free text: its words, each capitalised, joined (`gpt-3.5-turbo` -> `Gpt35Turbo`,
 * `anthropic/*` -> `AnthropicAll`); `fallback` when nothing is left.
 */
export function pascalCase(text: string, fallback: string): string {
  const readable = text.replace(/\*/g, ' all ');
  const joined = words(readable)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return joined || fallback;
}

/**
 * A construct id from free text, in the docs' kebab-case: its words, lower-cased, joined by `-`
 * (`gpt-3.5-turbo` -> `gpt-3-5-turbo`, `Claude Sonnet` -> `claude-sonnet`); `fallback` when nothing is left.
 */
export function kebabCase(text: string, fallback: string): string {
  const readable = text.replace(/\*/g, ' all ').replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  return (
    words(readable)
      .map((word) => word.toLowerCase())
      .join('-') || fallback
  );
}

/** A variable name from free text: the {@link pascalCase} form with a lower-case first letter, never starting with a digit. */
export function camelCase(text: string, fallback: string): string {
  const pascal = pascalCase(text, fallback);
  const camel = /^[0-9]/.test(pascal) ? `m${pascal}` : pascal.charAt(0).toLowerCase() + pascal.slice(1);
  return RESERVED.has(camel) ? `${camel}Group` : camel;
}

/** Hands out names unique within one scope: the second `Foo` becomes `Foo2`, the third `Foo3`. */
export class UniqueNames {
  private readonly taken = new Set<string>();

  public constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  /**
   * `name`, or `name` with the smallest number from 2 up that makes it unique (after `separator`); the result is
   * taken.
   */
  public claim(name: string, separator = ''): string {
    let candidate = name;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${name}${separator}${n}`;
    this.taken.add(candidate);
    return candidate;
  }
}
