// Generated from LiteLLM v1.81.13, BerriAI/litellm commit 69ee2c21ea5e63136a9a03388de56b2547beacdb: litellm/__init__.py _custom_logger_compatible_callbacks_literal and
// litellm/proxy/common_utils/callback_utils.py initialize_callbacks_on_proxy.
// Do not edit: run packages/core/scripts/generate-callbacks.ts instead.

/** LiteLLM release the callback names were taken from. */
export const CALLBACK_NAMES_VERSION: string = 'v1.81.13';

/** The 45 logger names `litellm_settings.callbacks` accepts as they are (custom-logger compatible), sorted. */
export const KNOWN_CALLBACK_NAMES = [
  'agentops',
  'anthropic_cache_control_hook',
  'argilla',
  'arize',
  'arize_phoenix',
  'aws_sqs',
  'azure_sentinel',
  'azure_storage',
  'bitbucket',
  'braintrust',
  'cloudzero',
  'datadog',
  'datadog_llm_observability',
  'deepeval',
  'dotprompt',
  'dynamic_rate_limiter',
  'dynamic_rate_limiter_v3',
  'focus',
  'galileo',
  'gcs_bucket',
  'gcs_pubsub',
  'generic_api',
  'gitlab',
  'humanloop',
  'lago',
  'langfuse',
  'langfuse_otel',
  'langsmith',
  'langtrace',
  'levo',
  'literalai',
  'logfire',
  'mlflow',
  'openmeter',
  'opik',
  'otel',
  'pagerduty',
  'posthog',
  'prometheus',
  'resend_email',
  's3_v2',
  'sendgrid_email',
  'smtp_email',
  'vector_store_pre_call_hook',
  'weave_otel',
] as const;

/** The 15 names the proxy's callback loader builds a hook for itself (moderations, guardrails), sorted. */
export const SPECIAL_CALLBACK_NAMES = [
  'aporia_prompt_injection',
  'azure_content_safety',
  'banned_keywords',
  'batch_redis_requests',
  'blocked_user_check',
  'datadog_cost_management',
  'detect_prompt_injection',
  'google_text_moderation',
  'hide_secrets',
  'lakera_prompt_injection',
  'llamaguard_moderations',
  'llmguard_moderations',
  'openai_moderations',
  'presidio',
  'websearch_interception',
] as const;

/** The 3 callbacks the data marks as needing LiteLLM Enterprise (package and licence), sorted. */
export const PREMIUM_CALLBACK_NAMES = [
  'hide_secrets',
  'llamaguard_moderations',
  'openai_moderations',
] as const;
