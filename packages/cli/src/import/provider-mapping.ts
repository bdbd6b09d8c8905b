import type { ImportContext } from './import-context.js';

/** A `model_list` entry whose shape a model group can hold: a `model_name` and `litellm_params` with a `model`. */
export interface GroupEntry {
  /** Its index in the file's `model_list`. */
  readonly index: number;
  readonly modelName: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** `model_info`; `undefined` when absent. */
  readonly modelInfo: unknown;
  /** Keys of the entry besides `model_name`, `litellm_params` and `model_info`. */
  readonly extraKeys: readonly string[];
}

/** Consecutive `model_list` entries of one model group, where the group first appears in its file. */
export interface GroupRun {
  readonly modelName: string;
  readonly entries: readonly GroupEntry[];
  /** The file, for error messages. */
  readonly file: string;
}

/** How a provider library's construct reproduces a group run exactly. */
export interface ProviderMatch {
  /** The package the provider construct comes from. */
  readonly packageName: string;
  /**
   * Identifies the provider construct's settings: consecutive runs with the same key share one construct (a
   * provider renders its groups where it is created, so only neighbours can share it).
   */
  readonly instanceKey: string;
  /** The provider's construct id and variable name stem, e.g. `Gemini`. */
  readonly providerId: string;
  /** The `new Provider(scope, id, {...})` expression, laid out for a line that holds `lead` characters before it. */
  providerExpression(context: ImportContext, scope: string, id: string, lead: number): string;
  /** The expression that adds the group to the provider and returns it, e.g. `gemini.addModel('flash', {...})`. */
  groupExpression(context: ImportContext, provider: string, lead: number): string;
}

/**
 * Recognises runs that a provider library's construct renders exactly (same keys, same values, same order).
 * Returns `undefined` for anything it would render even slightly differently; those stay L1 deployments.
 */
export type ProviderMapping = (run: GroupRun, context: ImportContext) => ProviderMatch | undefined;

/** Whether `value` is a mapping (a plain object). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Structural equality of plain data (key order ignored). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (isMapping(a) && isMapping(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key]));
  }
  return false;
}
