// `router_settings`: arguments of LiteLLM's `Router.__init__` (`litellm/router.py`). Keys that are not
// arguments are dropped by LiteLLM with a warning.
import * as z from 'zod';
import { anyMapping, boolean, integer, number, numberOrString, oneOf, section, stringList } from './_values.js';
import { fallbackShape, ModelGroupAliasSchema } from './fallbacks.js';
import { ROUTER_DEBUG_LEVELS } from './vocabulary.js';

/** The routing strategies LiteLLM's router accepts (`Router.__init__`); anything else is a start-up error. */
export const ROUTING_STRATEGIES = [
  'simple-shuffle',
  'least-busy',
  'usage-based-routing',
  'usage-based-routing-v2',
  'latency-based-routing',
  'cost-based-routing',
  'provider-budget-routing',
] as const;

/** The checks `optional_pre_call_checks` accepts. */
export const PRE_CALL_CHECKS = [
  'prompt_caching',
  'router_budget_limiting',
  'responses_api_deployment_check',
  'forward_client_headers_by_model_group',
  'enforce_model_rate_limits',
] as const;

/** How the router picks a deployment of a group; anything else is a start-up error. */
export const RoutingStrategySchema = oneOf(ROUTING_STRATEGIES).describe(
  'How the router picks a deployment of a group (default simple-shuffle).',
);

/** `retry_policy`: retries per error kind, e.g. `RateLimitErrorRetries: 3`. */
export const RetryPolicySchema = section({
  BadRequestErrorRetries: integer.optional(),
  AuthenticationErrorRetries: integer.optional(),
  TimeoutErrorRetries: integer.optional(),
  RateLimitErrorRetries: integer.optional(),
  ContentPolicyViolationErrorRetries: integer.optional(),
  InternalServerErrorRetries: integer.optional(),
}).describe('Retries per error kind, e.g. `RateLimitErrorRetries: 3`.');

/** `allowed_fails_policy`: failures per error kind before a deployment is cooled down. */
export const AllowedFailsPolicySchema = section({
  BadRequestErrorAllowedFails: integer.optional(),
  AuthenticationErrorAllowedFails: integer.optional(),
  TimeoutErrorAllowedFails: integer.optional(),
  RateLimitErrorAllowedFails: integer.optional(),
  ContentPolicyViolationErrorAllowedFails: integer.optional(),
  InternalServerErrorAllowedFails: integer.optional(),
}).describe('Failures per error kind before a deployment is cooled down, e.g. `RateLimitErrorAllowedFails: 100`.');

/** Pre-call checks the router can add. */
export const PreCallCheckSchema = z.enum(PRE_CALL_CHECKS);

/** The `router_settings` section. */
export const RouterSettingsSchema = section({
  routing_strategy: RoutingStrategySchema.optional(),
  routing_strategy_args: anyMapping.optional().describe('Arguments of the routing strategy, e.g. `{ttl: 60}`.'),

  num_retries: integer.optional().describe('Retries of a failed request within its group.'),
  timeout: numberOrString.optional().describe('Default request timeout in seconds.'),
  stream_timeout: numberOrString.optional().describe('Default timeout of streaming requests in seconds.'),
  retry_after: integer.optional().describe('Minimum seconds to wait before a retry.'),
  max_fallbacks: integer.optional().describe('Fallback groups tried at most per request (default 5).'),
  allowed_fails: integer.optional().describe('Failures per minute before a deployment is cooled down (default 3).'),
  cooldown_time: number.optional().describe('Seconds a failing deployment is taken out of rotation.'),
  disable_cooldowns: boolean.optional(),
  retry_policy: RetryPolicySchema.optional(),
  allowed_fails_policy: AllowedFailsPolicySchema.optional(),
  model_group_retry_policy: z.record(z.string(), RetryPolicySchema).optional().describe('Model group -> retry policy.'),

  enable_pre_call_checks: boolean
    .optional()
    .describe('Check context windows (and `order`) before picking a deployment.'),
  optional_pre_call_checks: z.array(PreCallCheckSchema).optional(),
  enable_tag_filtering: boolean.optional().describe('Route by `litellm_params.tags`.'),
  tag_filtering_match_any: boolean.optional(),
  default_max_parallel_requests: integer.optional(),
  default_priority: integer.optional(),
  polling_interval: number.optional(),

  cache_responses: boolean.optional(),
  cache_kwargs: anyMapping.optional(),
  caching_groups: z.array(stringList).optional().describe('Groups that share cached responses, e.g. `[[a, b]]`.'),
  client_ttl: integer.optional(),
  provider_budget_config: anyMapping.optional().describe('Provider -> `{budget_limit, time_period}`.'),
  alerting_config: anyMapping.optional(),
  default_litellm_params: anyMapping.optional().describe('litellm_params added to every request.'),
  router_general_settings: anyMapping.optional(),
  ignore_invalid_deployments: boolean.optional(),
  debug_level: oneOf(ROUTER_DEBUG_LEVELS).optional(),
  set_verbose: boolean.optional().describe('Deprecated: use the LITELLM_LOG environment variable.'),

  ...fallbackShape,
  model_group_alias: ModelGroupAliasSchema.optional(),

  redis_host: z.string().optional().describe('Redis shared by proxy instances for rpm/tpm usage and cooldowns.'),
  redis_port: integer.optional(),
  redis_password: z.string().optional(),
  redis_url: z.string().optional().describe('Alternative to redis_host/port/password.'),
  redis_db: integer.optional(),
}).describe("Load balancing, retries, fallbacks, aliases and cooldowns (arguments of LiteLLM's Router).");

/** The `router_settings` section. */
export type RouterSettingsYaml = z.infer<typeof RouterSettingsSchema>;
/** A routing strategy. */
export type RoutingStrategyYaml = z.infer<typeof RoutingStrategySchema>;
/** A retry policy. */
export type RetryPolicyYaml = z.infer<typeof RetryPolicySchema>;
/** An allowed-fails policy. */
export type AllowedFailsPolicyYaml = z.infer<typeof AllowedFailsPolicySchema>;
