import type { ConfigPath } from '@litellm-cdk/core';

/**
 * A pattern over document paths, written with dots (`model_list.*.litellm_params.api_key`) or as a list of
 * segments (`[router_settings, model_group_alias, gpt-4.1]`, for keys that hold a dot). In a segment `*` matches any
 * run of characters (`gemini-*`); a segment `**` matches any number of segments. A pattern matches a path and
 * everything below it, as an acknowledgement on a construct covers its subtree.
 */
export class PathPattern {
  /** Parses the dotted form; an empty string is the whole document. */
  public static parse(text: string): PathPattern {
    return new PathPattern(text.trim() === '' ? [] : text.split('.'));
  }

  /** The pattern of a list of segments (list indexes may be numbers). */
  public static ofSegments(segments: readonly (string | number)[]): PathPattern {
    return new PathPattern(segments.map(String));
  }

  private readonly matchers: readonly (RegExp | '**')[];

  private constructor(public readonly segments: readonly string[]) {
    this.matchers = segments.map((segment) => (segment === '**' ? '**' : globToRegExp(segment)));
  }

  /** Whether `path` is the place the pattern names, or below it. */
  public covers(path: ConfigPath): boolean {
    return coversFrom(this.matchers, 0, path.map(String), 0);
  }

  /** The pattern as a suppression writes it (see {@link formatPathForSuppression}). */
  public toString(): string {
    return formatPathForSuppression(this.segments);
  }
}

/** How a path reads in a suppression: dotted, unless a key holds a dot, then as a YAML list. */
export function formatPathForSuppression(path: ConfigPath): string {
  const segments = path.map(String);
  return segments.some((segment) => segment.includes('.'))
    ? `[${segments.map((s) => JSON.stringify(s)).join(', ')}]`
    : segments.join('.');
}

function coversFrom(matchers: readonly (RegExp | '**')[], m: number, path: readonly string[], p: number): boolean {
  if (m === matchers.length) return true; // the rest of the path is below the place the pattern names
  const matcher = matchers[m];
  if (matcher === '**') {
    for (let skip = p; skip <= path.length; skip++) if (coversFrom(matchers, m + 1, path, skip)) return true;
    return false;
  }
  return p < path.length && matcher.test(path[p]) && coversFrom(matchers, m + 1, path, p + 1);
}

function globToRegExp(segment: string): RegExp {
  const escaped = segment.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}
