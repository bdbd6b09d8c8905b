import {
  CACHE_CONTROL_LOCATIONS,
  CACHE_CONTROL_ROLES,
  CACHE_CONTROL_TTLS,
  CACHE_CONTROL_TYPES,
  GeneralSettingsSchema,
  LitellmParamsSchema,
  LitellmSettingsSchema,
  RouterSettingsSchema,
} from '@litellm-cdk/core';
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
/** A module reference as written, or the `CustomModule.fromFile()` call the import made of it (`ModuleOr`). */
export const moduleReference: Check = (v) => typeof v === 'string' || TsCode.isTsCode(v);
const moduleList: Check = (v) => Array.isArray(v) && v.every(moduleReference);
const oneOf =
  (...values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);

/** An object literal with exactly these (optional) keys: excess keys do not compile in a nested literal. */
const shape =
  (keys: Readonly<Record<string, Check>>, required: readonly string[] = []): Check =>
  (v) =>
    isMapping(v) &&
    required.every((key) => key in v) &&
    Object.entries(v).every(([key, value]) => key in keys && keys[key](value));

/** `{ [key]: check }` for each key. */
const all = (keys: readonly string[], check: Check): Record<string, Check> =>
  Object.fromEntries(keys.map((key) => [key, check]));

/**
 * The checks of props derived from a config schema (core's `SchemaProps`): a value the key's schema accepts is one
 * its prop type admits.
 */
function fromSchema(
  schema: { readonly shape: Readonly<Record<string, SchemaOfKey>> },
  own: readonly string[] = [],
): Record<string, Check> {
  return Object.fromEntries(
    Object.entries(schema.shape)
      .filter(([key]) => !own.includes(key))
      .map(([key, keySchema]) => [key, (v: unknown) => keySchema.safeParse(v).success]),
  );
}

/** What {@link fromSchema} needs of a key's zod schema. */
interface SchemaOfKey {
  safeParse(value: unknown): { readonly success: boolean };
}

const CALLBACK_LISTS = ['success_callback', 'failure_callback', 'callbacks'] as const;

const LITELLM_SETTINGS: Readonly<Record<string, Check>> = {
  ...fromSchema(LitellmSettingsSchema, [...CALLBACK_LISTS, 'post_call_rules', 'custom_provider_map']),
  ...all(CALLBACK_LISTS, moduleList),
};

const CUSTOM_HOOKS = ['custom_auth', 'custom_key_generate', 'custom_sso'] as const;

const GENERAL_SETTINGS: Readonly<Record<string, Check>> = {
  ...fromSchema(GeneralSettingsSchema, CUSTOM_HOOKS),
  ...all(CUSTOM_HOOKS, moduleReference),
};

const ROUTER_SETTINGS: Readonly<Record<string, Check>> = fromSchema(RouterSettingsSchema);

const LITELLM_PARAMS: Readonly<Record<string, Check>> = {
  ...fromSchema(LitellmParamsSchema, ['model', 'cache_control_injection_points']),
  model: string,
  cache_control_injection_points: (v) =>
    Array.isArray(v) &&
    v.every(
      shape(
        {
          location: oneOf(...CACHE_CONTROL_LOCATIONS),
          role: oneOf(...CACHE_CONTROL_ROLES),
          index: number,
          control: shape({ type: oneOf(...CACHE_CONTROL_TYPES), ttl: oneOf(...CACHE_CONTROL_TTLS) }, ['type']),
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
