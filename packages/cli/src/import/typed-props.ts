import { ROUTING_STRATEGIES } from '@litellm-cdk/core';
import { isMapping } from './provider-mapping.js';
import { TsCode } from './ts-source.js';

/**
 * The keys core's L1 props declare with a type, and a check of each. A value the type does not admit (a string
 * where `callbacks` is a list, `null` for an environment variable) would not compile in the generated app, so it is
 * set with `addOverride()` instead, which takes any value. Undeclared keys fall under the props' index signature.
 */
type Check = (value: unknown) => boolean;

const string: Check = (v) => typeof v === 'string';
const number: Check = (v) => typeof v === 'number';
const boolean: Check = (v) => typeof v === 'boolean';
const mapping: Check = isMapping;
const stringList: Check = (v) => Array.isArray(v) && v.every(string);
/** A module reference as written, or the `CustomModule.fromFile()` call the import made of it (`ModuleOr`). */
export const moduleReference: Check = (v) => typeof v === 'string' || TsCode.isTsCode(v);
const moduleList: Check = (v) => Array.isArray(v) && v.every(moduleReference);
const oneOf = (...values: readonly string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const either = (...checks: readonly Check[]): Check => (v) => checks.some((check) => check(v));

/** An object literal with exactly these (optional) keys: excess keys do not compile in a nested literal. */
const shape =
  (keys: Readonly<Record<string, Check>>, required: readonly string[] = []): Check =>
  (v) =>
    isMapping(v) &&
    required.every((key) => key in v) &&
    Object.entries(v).every(([key, value]) => key in keys && keys[key](value));

/** `{ [key]: check }` for each key. */
const all = (keys: readonly string[], check: Check): Record<string, Check> => Object.fromEntries(keys.map((key) => [key, check]));

const fallbackList: Check = (v) => Array.isArray(v) && v.every((rule) => isMapping(rule) && Object.values(rule).every(stringList));

const LITELLM_SETTINGS: Readonly<Record<string, Check>> = {
  ...all(['drop_params', 'modify_params', 'cache'], boolean),
  ...all(['num_retries', 'request_timeout'], number),
  ...all(['success_callback', 'failure_callback', 'callbacks'], moduleList),
  cache_params: (v) =>
    isMapping(v) &&
    Object.entries({
      type: oneOf('local', 'redis', 'redis-semantic', 's3', 'disk', 'qdrant-semantic', 'azure-blob', 'gcs'),
      host: string,
      port: either(string, number),
      password: string,
      namespace: string,
      ttl: number,
      mode: oneOf('default_on', 'default_off'),
    }).every(([key, check]) => !(key in v) || check(v[key])),
};

const GENERAL_SETTINGS: Readonly<Record<string, Check>> = {
  ...all(['master_key', 'database_url'], string),
  ...all(['store_model_in_db', 'store_prompts_in_spend_logs', 'disable_spend_logs', 'background_health_checks'], boolean),
  alerting: stringList,
  health_check_interval: number,
};

const ROUTER_SETTINGS: Readonly<Record<string, Check>> = {
  routing_strategy: oneOf(...ROUTING_STRATEGIES),
  routing_strategy_args: mapping,
  ...all(['num_retries', 'timeout', 'stream_timeout', 'retry_after', 'max_fallbacks', 'allowed_fails', 'cooldown_time'], number),
  ...all(['disable_cooldowns', 'enable_pre_call_checks'], boolean),
  ...all(['redis_host', 'redis_password', 'redis_url'], string),
  redis_port: either(string, number),
  ...all(['fallbacks', 'context_window_fallbacks', 'content_policy_fallbacks'], fallbackList),
  default_fallbacks: stringList,
  model_group_alias: (v) => isMapping(v) && Object.values(v).every(either(string, shape({ model: string, hidden: boolean }, ['model']))),
};

const LITELLM_PARAMS: Readonly<Record<string, Check>> = {
  model: string,
  ...all(
    [
      'api_key',
      'api_base',
      'api_version',
      'aws_access_key_id',
      'aws_secret_access_key',
      'aws_session_token',
      'aws_region_name',
      'vertex_project',
      'vertex_location',
    ],
    string,
  ),
  vertex_credentials: either(string, mapping),
  ...all(['rpm', 'tpm', 'weight', 'order'], number),
  tags: stringList,
  thinking: shape({ type: oneOf('enabled', 'adaptive', 'disabled'), budget_tokens: number }, ['type']),
  reasoning_effort: oneOf('minimal', 'low', 'medium', 'high', 'none'),
  cache_control_injection_points: (v) =>
    Array.isArray(v) &&
    v.every(
      shape(
        {
          location: oneOf('message', 'tool_config'),
          role: oneOf('system', 'user', 'assistant'),
          index: number,
          control: shape({ type: oneOf('ephemeral'), ttl: oneOf('5m', '1h') }, ['type']),
        },
        ['location'],
      ),
    ),
};

const MODEL_INFO: Readonly<Record<string, Check>> = {
  ...all(['id', 'mode', 'base_model'], string),
  ...all(['max_tokens', 'max_input_tokens', 'max_output_tokens'], number),
};

/** The typed props of core's L1 constructs (and of a deployment's parts), by name. */
export const TYPED_PROPS = {
  LitellmSettings: LITELLM_SETTINGS,
  GeneralSettings: GENERAL_SETTINGS,
  RouterSettings: ROUTER_SETTINGS,
  litellmParams: LITELLM_PARAMS,
  modelInfo: MODEL_INFO,
} as const;

/** Which props a value of `value` can be given as; `EnvironmentVariables` takes strings only. */
export type TypedProps = keyof typeof TYPED_PROPS | 'EnvironmentVariables';

/** The keys of `value` whose values the props' types do not admit, in order. */
export function untypedKeys(props: TypedProps, value: Readonly<Record<string, unknown>>): string[] {
  if (props === 'EnvironmentVariables') return Object.keys(value).filter((key) => !string(value[key]));
  const checks: Readonly<Record<string, Check>> = TYPED_PROPS[props];
  return Object.keys(value).filter((key) => Object.hasOwn(checks, key) && !checks[key](value[key]));
}

/** Whether every key of `value` has a value the props' types admit. */
export function fitsProps(props: TypedProps, value: Readonly<Record<string, unknown>>): boolean {
  return untypedKeys(props, value).length === 0;
}

/** `value` without `keys`. */
export function without(value: Readonly<Record<string, unknown>>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}
