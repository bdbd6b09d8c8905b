// `model_list`: one entry per deployment; entries sharing a `model_name` form a model group
// (LiteLLM's `Deployment`, `LiteLLM_Params` and `ModelInfo` in `litellm/types/router.py`).
import * as z from 'zod';
import { boolean, integer, number, numberOrString, oneOf, passThrough, section, stringList } from './_values.js';
import {
  CACHE_CONTROL_LOCATIONS,
  CACHE_CONTROL_ROLES,
  CACHE_CONTROL_TTLS,
  CACHE_CONTROL_TYPES,
  MODEL_MODES,
  MODEL_TIERS,
  REASONING_EFFORTS,
  THINKING_TYPES,
} from './vocabulary.js';

/** Extended thinking, passed through to the provider: `{type: enabled, budget_tokens: N}`. */
export const ThinkingSchema = section({
  type: oneOf(THINKING_TYPES).describe(
    '`enabled` needs `budget_tokens`; `adaptive` exists for the newest Claude models only.',
  ),
  budget_tokens: integer.optional().describe('Tokens the model may spend thinking; below the request max tokens.'),
})
  .refine((thinking) => thinking.type !== 'enabled' || thinking.budget_tokens !== undefined, {
    error: 'thinking.type enabled needs budget_tokens',
    path: ['budget_tokens'],
  })
  .describe('Extended thinking (Claude, Gemini): `{type: enabled, budget_tokens: N}`.');

/** The reasoning effort LiteLLM maps to a thinking budget (Claude) or thinking config (Gemini). */
export const ReasoningEffortSchema = oneOf(REASONING_EFFORTS).describe(
  'Alternative to `thinking`: LiteLLM maps it to a thinking budget or config.',
);

/** One place where LiteLLM inserts a prompt-caching `cache_control` marker. */
export const CacheControlInjectionPointSchema = section({
  location: oneOf(CACHE_CONTROL_LOCATIONS).describe(
    '`message`; `tool_config` only exists in LiteLLM versions newer than v1.81.13.',
  ),
  role: oneOf(CACHE_CONTROL_ROLES).optional().describe('Mark the messages of this role.'),
  index: integer
    .optional()
    .describe('Mark the message at this index (negative counts from the end); wins over `role`.'),
  control: section({
    type: oneOf(CACHE_CONTROL_TYPES),
    ttl: oneOf(CACHE_CONTROL_TTLS).optional().describe('Cache lifetime; 5m by default.'),
  })
    .optional()
    .describe('The marker inserted: `{type: ephemeral, ttl?: 5m|1h}`.'),
});

/**
 * `litellm_params`: how to call the deployment. The typed keys are LiteLLM's own, plus the pass-through keys it
 * does not check (thinking, reasoning effort, cache-control injection, AWS credentials); every other key is
 * passed to the provider untouched.
 */
export const LitellmParamsSchema = passThrough({
  model: z
    .string()
    .describe('`<provider>/<model id>`, e.g. `openai/gpt-4o`, `bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0`.'),
  custom_llm_provider: z.string().optional().describe('The provider, when `model` has no provider prefix.'),

  // Empty (`api_key:`) is accepted: LiteLLM treats it as unset and takes the key from the environment.
  api_key: z.string().nullable().optional().describe('Provider API key; use `os.environ/NAME`. Empty means unset.'),
  api_base: z.string().optional().describe('Endpoint URL.'),
  api_version: z.string().optional().describe('API version (Azure).'),
  organization: z.string().optional().describe('OpenAI organization.'),
  vertex_project: z.string().optional(),
  vertex_location: z.string().optional(),
  vertex_credentials: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .optional()
    .describe('Path to a service account file, its JSON as a string, or an object; use `os.environ/NAME`.'),
  region_name: z.string().optional(),
  aws_access_key_id: z.string().optional(),
  aws_secret_access_key: z.string().optional(),
  aws_session_token: z.string().optional(),
  aws_region_name: z.string().optional().describe('AWS region the Bedrock call is made in.'),
  aws_role_name: z.string().optional(),
  aws_session_name: z.string().optional(),
  aws_profile_name: z.string().optional(),
  aws_web_identity_token: z.string().optional(),
  aws_sts_endpoint: z.string().optional(),
  aws_external_id: z.string().optional(),
  aws_bedrock_runtime_endpoint: z.string().optional(),
  model_id: z.string().optional().describe('Bedrock: an ARN or inference profile to call instead of the model id.'),
  litellm_credential_name: z.string().optional().describe('A `credential_list` entry to take credentials from.'),

  rpm: integer.optional().describe('Requests per minute this deployment accepts (integer).'),
  tpm: integer.optional().describe('Tokens per minute this deployment accepts (integer).'),
  max_retries: integer.optional(),
  timeout: numberOrString.optional().describe('Request timeout in seconds.'),
  stream_timeout: numberOrString.optional().describe('Timeout of streaming requests in seconds.'),
  max_budget: number.optional().describe('Budget of this deployment in USD.'),
  budget_duration: z.string().optional().describe('Budget period, e.g. `30d`.'),
  max_parallel_requests: integer.optional(),
  weight: integer.optional().describe('Pick weight under simple-shuffle routing.'),
  order: integer.optional().describe('Priority; honoured only with `router_settings.enable_pre_call_checks: true`.'),
  tags: stringList.optional().describe('Tags for tag-based routing.'),

  use_in_pass_through: boolean.optional(),
  merge_reasoning_content_in_choices: boolean.optional(),
  drop_params: boolean.optional().describe('Drop request parameters the provider does not support.'),

  input_cost_per_token: number.optional(),
  output_cost_per_token: number.optional(),
  input_cost_per_second: number.optional(),
  output_cost_per_second: number.optional(),
  cache_read_input_token_cost: number.optional(),
  cache_creation_input_token_cost: number.optional(),

  thinking: ThinkingSchema.optional(),
  reasoning_effort: ReasoningEffortSchema.optional(),
  cache_control_injection_points: z
    .array(CacheControlInjectionPointSchema)
    .optional()
    .describe('Where LiteLLM inserts prompt-caching markers; only for models that support prompt caching.'),
});

/** What a deployment is for; one mode per model group. */
export const ModelModeSchema = oneOf(MODEL_MODES).describe(
  'What the deployment serves; health checks call it accordingly.',
);

/** Capability flags LiteLLM reads from `model_info`; any other `supports_*` key must be a boolean too. */
const SUPPORTS_FLAGS = [
  'supports_function_calling',
  'supports_parallel_function_calling',
  'supports_tool_choice',
  'supports_vision',
  'supports_reasoning',
  'supports_prompt_caching',
  'supports_response_schema',
  'supports_system_messages',
  'supports_assistant_prefill',
  'supports_audio_input',
  'supports_audio_output',
  'supports_pdf_input',
  'supports_video_input',
  'supports_web_search',
  'supports_url_context',
  'supports_computer_use',
  'supports_native_streaming',
  'supports_embedding_image_input',
] as const;

const supportsShape = Object.fromEntries(SUPPORTS_FLAGS.map((flag) => [flag, boolean.optional()])) as {
  [K in (typeof SUPPORTS_FLAGS)[number]]: z.ZodOptional<typeof boolean>;
};

/** `model_info`: facts about the deployment. Extra keys are kept; LiteLLM type-checks none of them. */
export const ModelInfoSchema = passThrough({
  id: z
    .union([z.string(), z.int()])
    .optional()
    .describe('Unique deployment id; LiteLLM silently keeps only the last of duplicates.'),
  mode: ModelModeSchema.optional(),
  base_model: z.string().optional().describe('The model to take prices and limits from, e.g. `azure/gpt-4o`.'),
  max_tokens: integer.optional(),
  max_input_tokens: integer.optional(),
  max_output_tokens: integer.optional(),
  input_cost_per_token: number.optional(),
  output_cost_per_token: number.optional(),
  access_groups: stringList.optional().describe('Access groups that may call this deployment.'),
  health_check_model: z.string().optional().describe('The model health checks call instead (for wildcard groups).'),
  tier: oneOf(MODEL_TIERS).optional(),
  ...supportsShape,
}).superRefine((info, ctx) => {
  for (const [key, value] of Object.entries(info)) {
    if (key.startsWith('supports_') && !(key in supportsShape) && !boolean.safeParse(value).success) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        input: value,
        message: `${key} is a capability flag: expected a boolean`,
      });
    }
  }
});

/** One `model_list` entry: a deployment of a model group. */
export const ModelDeploymentSchema = section({
  model_name: z.string().describe('The model group: the name clients request. Entries sharing it are load-balanced.'),
  litellm_params: LitellmParamsSchema.describe('How to call the deployment: provider model, credentials, limits.'),
  model_info: ModelInfoSchema.optional().describe('Facts about the deployment: id, mode, limits, capabilities.'),
  rpm: integer.optional().describe('Legacy place for rpm; copied into litellm_params only when it has none.'),
  tpm: integer.optional().describe('Legacy place for tpm; copied into litellm_params only when it has none.'),
}).describe('A deployment: `{model_name, litellm_params, model_info?}`.');

/** `model_list`. */
export const ModelListSchema = z
  .array(ModelDeploymentSchema)
  .describe('The deployments, grouped into model groups by `model_name`.');

/** Extended thinking settings. */
export type ThinkingYaml = z.infer<typeof ThinkingSchema>;
/** One cache-control injection point. */
export type CacheControlInjectionPointEntry = z.infer<typeof CacheControlInjectionPointSchema>;
/** A deployment's `litellm_params`. */
export type LitellmParamsYaml = z.infer<typeof LitellmParamsSchema>;
/** A deployment's `model_info`. */
export type ModelInfoYaml = z.infer<typeof ModelInfoSchema>;
/** A deployment's mode. */
export type ModelModeYaml = z.infer<typeof ModelModeSchema>;
/** One `model_list` entry. */
export type ModelDeploymentEntry = z.infer<typeof ModelDeploymentSchema>;
/** The `model_list` section. */
export type ModelListYaml = z.infer<typeof ModelListSchema>;
