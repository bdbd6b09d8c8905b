// The `litellm_params` keys LiteLLM reads, for every provider and per provider. LiteLLM passes a deployment's
// `litellm_params` to `litellm.completion()` (and its siblings) as keyword arguments: its own keys (`LiteLLM_Params`
// and `GenericLiteLLMParams` in `litellm/types/router.py`, the provider's credentials) are read there, the OpenAI
// request parameters become defaults of every request, and any other key is forwarded to the provider's API.

/**
 * The keys LiteLLM reads for a deployment of any provider: the model and routing, limits, budgets, pricing, the
 * shared credentials (`api_key`, `api_base`, ...) and the OpenAI request parameters it maps for every provider.
 */
export const GENERIC_LITELLM_PARAM_KEYS = [
  // The model and its provider.
  'model',
  'custom_llm_provider',
  'base_model',
  // Shared credentials and endpoint (LiteLLM's `CredentialLiteLLMParams`).
  'api_key',
  'api_base',
  'api_version',
  'organization',
  'region_name',
  'litellm_credential_name',
  'configurable_clientside_auth_params',
  'extra_headers',
  'headers',
  // Limits, retries, budgets and routing.
  'rpm',
  'tpm',
  'max_parallel_requests',
  'timeout',
  'stream_timeout',
  'max_retries',
  'num_retries',
  'max_budget',
  'budget_duration',
  'weight',
  'order',
  'tags',
  'cooldown_time',
  // Behaviour flags.
  'drop_params',
  'additional_drop_params',
  'merge_reasoning_content_in_choices',
  'use_in_pass_through',
  'use_litellm_proxy',
  'mock_response',
  'model_info',
  'litellm_trace_id',
  'max_file_size_mb',
  // Pricing (`CustomPricingLiteLLMParams`).
  'input_cost_per_token',
  'output_cost_per_token',
  'input_cost_per_second',
  'output_cost_per_second',
  'input_cost_per_pixel',
  'output_cost_per_pixel',
  'cache_read_input_token_cost',
  'cache_creation_input_token_cost',
  // Reasoning and prompt caching, mapped per provider by LiteLLM.
  'thinking',
  'reasoning_effort',
  'cache_control_injection_points',
  // The auto router and vector stores.
  'auto_router_config_path',
  'auto_router_config',
  'auto_router_default_model',
  'auto_router_embedding_model',
  'vector_store_id',
  // OpenAI request parameters: defaults of every request to the deployment.
  'temperature',
  'top_p',
  'top_k',
  'n',
  'stream',
  'stream_options',
  'stop',
  'max_tokens',
  'max_completion_tokens',
  'presence_penalty',
  'frequency_penalty',
  'logit_bias',
  'logprobs',
  'top_logprobs',
  'user',
  'response_format',
  'seed',
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'functions',
  'function_call',
  'modalities',
  'audio',
  'prediction',
  'web_search_options',
  'service_tier',
  'metadata',
  'extra_body',
  'dimensions',
  'encoding_format',
] as const;

/** The AWS credential keys LiteLLM's AWS providers read (`BaseAWSLLM` in `litellm/llms/bedrock/base_aws_llm.py`). */
export const AWS_LITELLM_PARAM_KEYS = [
  'aws_access_key_id',
  'aws_secret_access_key',
  'aws_session_token',
  'aws_region_name',
  'aws_session_name',
  'aws_profile_name',
  'aws_role_name',
  'aws_web_identity_token',
  'aws_sts_endpoint',
  'aws_external_id',
  'aws_bedrock_runtime_endpoint',
  'aws_session_tags',
] as const;

/** The S3 bucket of Bedrock's batches and files (`CredentialLiteLLMParams` in `litellm/types/router.py`). */
export const BEDROCK_FILE_PARAM_KEYS = [
  's3_bucket_name',
  's3_endpoint_url',
  's3_region_name',
  's3_access_key_id',
  's3_secret_access_key',
  's3_encryption_key_id',
  's3_bucket_owner',
  's3_output_bucket_name',
  'aws_batch_role_arn',
] as const;

/** Vertex AI's project, location and service account (`vertex_ai_*` are LiteLLM's older spellings). */
export const VERTEX_LITELLM_PARAM_KEYS = [
  'vertex_project',
  'vertex_location',
  'vertex_credentials',
  'vertex_ai_project',
  'vertex_ai_location',
  'safety_settings',
  'gcs_bucket_name',
] as const;

/** Azure's Entra ID sign-in (`litellm/llms/azure/common_utils.py`). */
export const AZURE_LITELLM_PARAM_KEYS = [
  'azure_ad_token',
  'tenant_id',
  'client_id',
  'client_secret',
  'azure_scope',
  'azure_username',
  'azure_password',
  'azure_authority_host',
] as const;

/**
 * The keys LiteLLM reads only for some providers, by the provider a deployment calls (see `inferProvider`); a
 * provider not listed reads only {@link GENERIC_LITELLM_PARAM_KEYS}.
 */
export const PROVIDER_LITELLM_PARAM_KEYS = {
  bedrock: [
    ...AWS_LITELLM_PARAM_KEYS,
    ...BEDROCK_FILE_PARAM_KEYS,
    'model_id',
    'guardrailConfig',
    'performanceConfig',
    'requestMetadata',
  ],
  sagemaker: AWS_LITELLM_PARAM_KEYS,
  sagemaker_chat: AWS_LITELLM_PARAM_KEYS,
  vertex_ai: VERTEX_LITELLM_PARAM_KEYS,
  vertex_ai_beta: VERTEX_LITELLM_PARAM_KEYS,
  gemini: ['safety_settings'],
  azure: AZURE_LITELLM_PARAM_KEYS,
  azure_text: AZURE_LITELLM_PARAM_KEYS,
  azure_ai: AZURE_LITELLM_PARAM_KEYS,
  watsonx: ['watsonx_region_name', 'zen_api_key'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

const GENERIC_KEYS: ReadonlySet<string> = new Set(GENERIC_LITELLM_PARAM_KEYS);

/** The `litellm_params` keys LiteLLM reads for a deployment of `provider` (any provider: the generic keys). */
export function litellmParamKeysOf(provider: string | undefined): ReadonlySet<string> {
  const own: readonly string[] | undefined =
    provider !== undefined && Object.hasOwn(PROVIDER_LITELLM_PARAM_KEYS, provider)
      ? PROVIDER_LITELLM_PARAM_KEYS[provider as keyof typeof PROVIDER_LITELLM_PARAM_KEYS]
      : undefined;
  return own ? new Set([...GENERIC_KEYS, ...own]) : GENERIC_KEYS;
}

/** The providers that read `key` although not every provider does (`vertex_project` -> `vertex_ai`, `vertex_ai_beta`). */
export function providersReadingParam(key: string): string[] {
  return Object.entries(PROVIDER_LITELLM_PARAM_KEYS)
    .filter(([, keys]) => (keys as readonly string[]).includes(key))
    .map(([provider]) => provider);
}
