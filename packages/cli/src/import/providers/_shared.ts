import { type CatalogEntry, ENV_REFERENCE_PREFIX, ENV_VAR_NAME } from '@litellm-cdk/core';
import { isMapping, sameData, type GroupRun } from '../provider-mapping.js';
import { fitsProps } from '../typed-props.js';

/** The `reasoning_effort` values the provider libraries take. */
const REASONING_EFFORTS = ['minimal', 'low', 'medium', 'high', 'none'];

/** `rpm`, `tpm` and `reasoning_effort` of a run, when every entry has the same and the provider options take them. */
export interface SharedOptions {
  readonly rpm?: number;
  readonly tpm?: number;
  readonly reasoningEffort?: string;
  /** `model_info` of every entry; `undefined` when the entries have none. */
  readonly modelInfo?: Record<string, unknown>;
}

/**
 * The options every entry of `run` shares, or `undefined` when the entries differ in them, hold keys outside
 * `allowedParams`, or hold values a provider would reject (rate limits that are not positive whole numbers).
 */
export function sharedOptionsOf(run: GroupRun, allowedParams: readonly string[]): SharedOptions | undefined {
  const [first, ...rest] = run.entries;
  const pick = (params: Readonly<Record<string, unknown>>) => ({ rpm: params.rpm, tpm: params.tpm, reasoning_effort: params.reasoning_effort });
  for (const entry of run.entries) {
    if (!Object.keys(entry.params).every((key) => allowedParams.includes(key))) return undefined;
    if (entry.modelInfo !== undefined && (!isMapping(entry.modelInfo) || Object.keys(entry.modelInfo).length === 0)) return undefined;
    if (isMapping(entry.modelInfo) && !fitsProps('modelInfo', entry.modelInfo)) return undefined;
  }
  if (!rest.every((entry) => sameData(pick(entry.params), pick(first.params)) && sameData(entry.modelInfo, first.modelInfo))) return undefined;
  const { rpm, tpm, reasoning_effort: effort } = first.params;
  if (![rpm, tpm].every((limit) => limit === undefined || (typeof limit === 'number' && Number.isInteger(limit) && limit > 0))) return undefined;
  if (effort !== undefined && !(typeof effort === 'string' && REASONING_EFFORTS.includes(effort))) return undefined;
  return {
    ...(rpm !== undefined ? { rpm: rpm as number } : {}),
    ...(tpm !== undefined ? { tpm: tpm as number } : {}),
    ...(effort !== undefined ? { reasoningEffort: effort as string } : {}),
    ...(first.modelInfo !== undefined ? { modelInfo: first.modelInfo as Record<string, unknown> } : {}),
  };
}

/**
 * Whether a provider construct writes exactly `modelInfo` for a model with `catalog`: it adds the catalog's mode
 * when the model is not a chat model and `modelInfo` names none, and warns about models it does not list; both
 * would change the config, so such models stay L1.
 */
export function providerKeepsModelInfo(catalog: CatalogEntry | undefined, options: SharedOptions): boolean {
  if (!catalog) return false;
  if (typeof options.modelInfo?.mode === 'string') return true;
  if (options.modelInfo?.mode !== undefined) return false;
  return catalog.mode === undefined || catalog.mode === 'chat';
}

/** Whether the model reasons, when `reasoning_effort` asks it to (else a provider reports an error). */
export function reasoningFits(catalog: CatalogEntry | undefined, options: SharedOptions): boolean {
  if (options.reasoningEffort === undefined || options.reasoningEffort === 'none') return true;
  const given = options.modelInfo?.supports_reasoning;
  return typeof given === 'boolean' ? given : catalog?.supportsReasoning !== false;
}

/** The name a provider gives a key: its environment variable's, else `key<N>`. */
export function secretName(value: unknown, index: number): string {
  if (typeof value === 'string' && value.startsWith(ENV_REFERENCE_PREFIX)) {
    const name = value.slice(ENV_REFERENCE_PREFIX.length);
    if (ENV_VAR_NAME.test(name)) return name;
  }
  return `key${index + 1}`;
}

/** The provider options shared by all Google and Bedrock models, as object entries for `addModel()`. */
export function commonModelOptions(options: SharedOptions): Record<string, unknown> {
  return {
    ...(options.rpm !== undefined ? { rpm: options.rpm } : {}),
    ...(options.tpm !== undefined ? { tpm: options.tpm } : {}),
    ...(options.reasoningEffort !== undefined ? { reasoningEffort: options.reasoningEffort } : {}),
    ...(options.modelInfo !== undefined ? { modelInfo: options.modelInfo } : {}),
  };
}
