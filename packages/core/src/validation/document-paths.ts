// Reading plain parsed documents and naming places and values in finding messages.
import type { ConfigPath } from './finding.js';

/** A YAML mapping, as the parser returns it. */
export type Mapping = Record<string, unknown>;

/** Whether a parsed YAML value is a mapping (an object, not a list, not null). */
export function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The mapping at `key` of `parent`, or undefined when it is absent or not a mapping. */
export function mappingAt(parent: unknown, key: string): Mapping | undefined {
  const value = isMapping(parent) ? parent[key] : undefined;
  return isMapping(value) ? value : undefined;
}

/** The list at `key` of `parent`, or an empty list when it is absent or not a list. */
export function listAt(parent: unknown, key: string): readonly unknown[] {
  const value = isMapping(parent) ? parent[key] : undefined;
  return Array.isArray(value) ? value : [];
}

/**
 * A place in a config document as reports and messages write it: `model_list[3].litellm_params.api_key`;
 * the empty path is `(document)`.
 */
export function formatPath(path: ConfigPath): string {
  if (path.length === 0) return '(document)';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** A value as a message shows it: strings quoted, lists and mappings by kind. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** A secret as a message may show it: enough to recognise, never the whole value. */
export function maskSecret(value: string): string {
  return value.length > 6 ? `'${value.slice(0, 3)}…', ${value.length} characters` : `a ${value.length}-character value`;
}

/** Adds `file` to findings about an included document; findings about the main one carry none. */
export function withFile<T extends object>(finding: T, file: string | undefined): T & { file?: string } {
  return file === undefined ? finding : { ...finding, file };
}
