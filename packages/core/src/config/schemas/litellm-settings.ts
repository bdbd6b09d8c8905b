// `litellm_settings`: a few keys the proxy handles itself (cache, callbacks, team settings, guardrails); every
// other key is set as an attribute of the `litellm` module.
import * as z from 'zod';
import {
  anyMapping,
  boolean,
  integer,
  number,
  oneOf,
  passThrough,
  section,
  stringList,
  untypedKeys,
} from './_values.js';
import { AzureContentSafetyParamsSchema, PromptInjectionParamsSchema } from './callback-params.js';
import { fallbackShape } from './fallbacks.js';
import { LITELLM_MODULE_SETTINGS } from './litellm-module-keys.js';
import { CACHE_MODES, CACHE_TYPES } from './vocabulary.js';

/** Where the response cache lives; the proxy's default is redis. */
export const CacheTypeSchema = oneOf(CACHE_TYPES).describe(
  'Where cached responses live (the proxy defaults to redis).',
);

/** `cache_params`: passed to LiteLLM's `Cache` (and on to the cache client), so extra keys are kept. */
export const CacheParamsSchema = passThrough({
  type: CacheTypeSchema.optional(),
  host: z.string().optional().describe('Redis host.'),
  port: integer.optional().describe('Redis port.'),
  password: z.string().optional().describe('Redis password; use `os.environ/NAME`.'),
  namespace: z.string().optional().describe('Prefix of cache keys.'),
  ttl: number.optional().describe('Seconds a cached response is kept.'),
  mode: oneOf(CACHE_MODES)
    .optional()
    .describe('`default_off`: a request opts in to caching; `default_on`: every request is cached.'),
  supported_call_types: stringList.optional().describe('Call types to cache, e.g. `[acompletion, aembedding]`.'),
  similarity_threshold: number.optional().describe('Semantic caches: minimum similarity of a hit.'),
}).describe('Cache settings: `{type, host, port, password, namespace, ttl, mode, ...}`.');

/** A list of callback names; a dotted name is a Python import path (`custom_callbacks.handler`). */
export const CallbackListSchema = z
  .array(z.string())
  .describe('Callback names; a dotted name is a Python import path.');

/** `default_team_settings`: per-team callback settings, each for one `team_id`. */
export const DefaultTeamSettingsSchema = z
  .array(
    passThrough({
      team_id: z.string().describe('The team these settings apply to.'),
      success_callback: CallbackListSchema.optional(),
      failure_callback: CallbackListSchema.optional(),
    }),
  )
  .describe('Per-team settings, each with its `team_id`.');

/**
 * One provider a config declares itself: `custom_llm_setup` adds `provider` to LiteLLM's providers, so
 * `<provider>/<model>` is routed to `custom_handler`, a Python import path (`custom_handler.my_custom_llm`).
 * The proxy reads both keys by subscript; a missing one is reported with the other start-up loads
 * (`core/invalid-module-reference`), so the schema does not report it a second time.
 */
export const CustomProviderSchema = section({
  provider: z
    .string()
    .optional()
    .describe('The provider name, used as the `<provider>/` prefix of `model` (required).'),
  custom_handler: z
    .string()
    .optional()
    .describe('Import path of the CustomLLM instance that handles the calls (required).'),
});

/** The `litellm_settings` section. */
export const LitellmSettingsSchema = section({
  ...untypedKeys(LITELLM_MODULE_SETTINGS),

  cache: boolean.optional().describe('Cache responses, configured by `cache_params`.'),
  cache_params: CacheParamsSchema.optional(),

  callbacks: z
    .union([CallbackListSchema, z.string()], { error: 'expected a list of callback names (or one import path)' })
    .optional()
    .describe('Callbacks run on success and failure; one import path may stand alone.'),
  success_callback: CallbackListSchema.optional(),
  failure_callback: CallbackListSchema.optional(),

  // Module references and hook settings the proxy's loader reads; litellm-cdk checks them (validation/startup-loads.ts).
  ...untypedKeys([
    'post_call_rules',
    'custom_provider_map',
    'azure_content_safety_params',
    'presidio_logging_only',
    'prompt_injection_params',
  ] as const),

  default_team_settings: DefaultTeamSettingsSchema.optional(),
  model_group_settings: anyMapping.optional(),
  guardrails: z
    .array(anyMapping)
    .optional()
    .describe('Legacy guardrails (`- name: {callbacks, default_on}`); prefer the top-level `guardrails`.'),

  ...fallbackShape,

  // Keys the proxy's `load_config` handles itself (litellm/proxy/proxy_server.py).
  custom_provider_map: z
    .array(CustomProviderSchema)
    .optional()
    .describe('Providers served by your own CustomLLM handlers: `[{provider, custom_handler}]`.'),
  global_prompt_directory: z
    .string()
    .optional()
    .describe('Directory of `.prompt` files for dotprompt prompt management.'),
  global_bitbucket_config: anyMapping.optional().describe('BitBucket repository of `.prompt` files.'),
  global_gitlab_config: anyMapping.optional().describe('GitLab repository of `.prompt` files.'),
  post_call_rules: z.string().optional().describe('Import path of a function every response must pass.'),

  // Keys the built-in callbacks read when `callbacks` names them (`initialize_callbacks_on_proxy`).
  azure_content_safety_params: AzureContentSafetyParamsSchema.optional(),
  prompt_injection_params: PromptInjectionParamsSchema.optional(),
  presidio_logging_only: boolean.optional().describe('presidio callback: mask PII in logs only, not in requests.'),

  drop_params: boolean.optional().describe('Drop request parameters a provider does not support.'),
  modify_params: boolean.optional().describe('Let LiteLLM adapt requests a provider would reject.'),
  num_retries: integer.optional(),
  request_timeout: number.optional().describe('Timeout of provider calls in seconds (default 6000).'),
  allowed_fails: integer.optional(),
  max_fallbacks: integer.optional(),
  turn_off_message_logging: boolean.optional().describe('Keep messages and responses out of logging callbacks.'),
  redact_user_api_key_info: boolean.optional(),
  json_logs: boolean.optional(),
  ssl_verify: z.union([z.boolean(), z.string()]).optional().describe('Verify TLS, or the path of a CA bundle.'),
  set_verbose: boolean.optional().describe('Deprecated: use the LITELLM_LOG environment variable.'),
}).describe('Settings of the litellm module. Any key is set as a module attribute: misspellings are not rejected.');

/** The `litellm_settings` section. */
export type LitellmSettingsYaml = z.infer<typeof LitellmSettingsSchema>;
/** The `cache_params` of `litellm_settings`. */
export type CacheParamsYaml = z.infer<typeof CacheParamsSchema>;
/** A cache type. */
export type CacheTypeYaml = z.infer<typeof CacheTypeSchema>;
