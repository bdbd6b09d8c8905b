// `general_settings`: the proxy server's own settings, read key by key (`litellm/proxy/proxy_server.py`) and
// never schema-checked by LiteLLM; unknown keys are ignored.
import * as z from 'zod';
import { boolean, integer, number, passThrough, section, stringList, untypedKeys } from './_values.js';

/** Keys the proxy reads whose values are not typed here (LiteLLM's settings reference, around v1.81). */
const UNTYPED_GENERAL_SETTINGS = [
  'completion_model',
  'embedding_model',
  'image_generation_model',
  'moderation_model',
  'key_management_settings',
  'use_google_kms',
  'use_azure_key_vault',
  'database_type',
  'database_args',
  'allow_requests_on_db_unavailable',
  'disable_prisma_schema_update',
  'use_redis_transaction_buffer',
  'use_shared_health_check',
  'supported_db_objects',
  'custom_auth_settings',
  'custom_key_generate',
  'custom_sso',
  'enable_jwt_auth',
  'litellm_jwtauth',
  'enable_oauth2_auth',
  'enable_oauth2_proxy_auth',
  'oauth2_config_mappings',
  'litellm_key_header_name',
  'litellm_license',
  'allow_user_auth',
  'allow_client_side_credentials',
  'enforce_user_param',
  'reject_clientside_metadata_tags',
  'allowed_routes',
  'admin_only_routes',
  'public_routes',
  'enable_public_model_hub',
  'default_team_disabled',
  'service_account_settings',
  'user_api_key_cache_ttl',
  'user_mcp_management_mode',
  'use_x_forwarded_for',
  'use_client_credentials_pass_through_routes',
  'forward_openai_org_id',
  'forward_client_headers_to_llm_api',
  'infer_model_from_keys',
  'max_request_size_mb',
  'max_response_size_mb',
  'disable_spend_updates',
  'disable_master_key_return',
  'disable_retry_on_max_parallel_request_limit_error',
  'disable_reset_budget',
  'disable_adding_master_key_hash_to_db',
  'disable_responses_id_security',
  'maximum_spend_logs_retention_interval',
  'spend_report_frequency',
  'proxy_budget_rescheduler_min_time',
  'proxy_budget_rescheduler_max_time',
  'proxy_batch_write_at',
  'proxy_batch_polling_interval',
  'alerting_args',
  'otel',
  'custom_ui_sso_sign_in_handler',
  'role_permissions',
] as const;

/** One `pass_through_endpoints` entry: a proxy route forwarded to a target URL. */
export const PassThroughEndpointSchema = passThrough({
  path: z.string().describe('The proxy route, e.g. `/v1/rerank`.'),
  target: z.string().describe('The URL requests are forwarded to.'),
  headers: z
    .record(z.string(), z.string())
    .optional()
    .describe('Headers added to forwarded requests; use `os.environ/NAME` for credentials.'),
  forward_headers: boolean.optional(),
  include_subpath: boolean.optional(),
});

/** The `general_settings` section. */
export const GeneralSettingsSchema = section({
  ...untypedKeys(UNTYPED_GENERAL_SETTINGS),

  master_key: z
    .string()
    .optional()
    .describe('Admin key of the proxy; use `os.environ/NAME` (falls back to LITELLM_MASTER_KEY).'),
  database_url: z.string().optional().describe('Postgres URL for keys and spend; use `os.environ/NAME`.'),
  database_connection_pool_limit: integer.optional(),
  database_connection_timeout: number.optional(),
  store_model_in_db: boolean.optional().describe('Store models and credentials in the database too.'),
  store_prompts_in_spend_logs: boolean.optional(),
  disable_spend_logs: boolean.optional(),
  maximum_spend_logs_retention_period: z.string().optional().describe('e.g. `30d`.'),

  alerting: stringList.optional().describe('Alert channels, e.g. `[slack, email]`.'),
  alert_types: stringList.optional(),
  alerting_threshold: number.optional().describe('Seconds after which a hanging request is alerted.'),
  alert_to_webhook_url: z
    .record(z.string(), z.union([z.string(), stringList]))
    .optional()
    .describe('Alert type -> Slack webhook URL, or a list of them; `os.environ/NAME` works in the lists too.'),

  background_health_checks: boolean.optional(),
  health_check_interval: integer.optional().describe('Seconds between background health checks.'),
  health_check_details: boolean.optional(),

  custom_auth: z.string().optional().describe('Python import path of a custom auth function.'),
  key_management_system: z.string().optional().describe('Secret manager `os.environ/` references are looked up in.'),
  pass_through_endpoints: z.array(PassThroughEndpointSchema).optional(),
  ui_access_mode: z.string().optional(),
  max_parallel_requests: integer.optional(),
  global_max_parallel_requests: integer.optional(),

  allowed_ips: stringList.optional().describe('Enterprise only: a start-up error without a licence.'),
  enforced_params: stringList.optional().describe('Enterprise only: a start-up error without a licence.'),
}).describe('Settings of the proxy server: auth, database, alerting, health checks.');

/** The `general_settings` section. */
export type GeneralSettingsYaml = z.infer<typeof GeneralSettingsSchema>;
/** One pass-through endpoint. */
export type PassThroughEndpointEntry = z.infer<typeof PassThroughEndpointSchema>;
