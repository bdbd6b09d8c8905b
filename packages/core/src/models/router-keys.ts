import type { RouterProps } from './router.js';

/**
 * The `Router` props that are `router_settings` keys one to one, each with its key: the one table `Router.render()`
 * writes with and `litellm-cdk import` reads back. Props that need more than a new name (groups, policies, Redis) are
 * rendered by the router itself.
 */
export const ROUTER_SETTING_KEYS = {
  routingStrategy: 'routing_strategy',
  routingStrategyArgs: 'routing_strategy_args',
  numRetries: 'num_retries',
  timeout: 'timeout',
  streamTimeout: 'stream_timeout',
  retryAfter: 'retry_after',
  maxFallbacks: 'max_fallbacks',
  allowedFails: 'allowed_fails',
  cooldownTime: 'cooldown_time',
  disableCooldowns: 'disable_cooldowns',
  enablePreCallChecks: 'enable_pre_call_checks',
  optionalPreCallChecks: 'optional_pre_call_checks',
  enableTagFiltering: 'enable_tag_filtering',
  tagFilteringMatchAny: 'tag_filtering_match_any',
  defaultMaxParallelRequests: 'default_max_parallel_requests',
  defaultPriority: 'default_priority',
  pollingInterval: 'polling_interval',
  cacheResponses: 'cache_responses',
  clientTtl: 'client_ttl',
  providerBudgetConfig: 'provider_budget_config',
  alertingConfig: 'alerting_config',
  defaultLitellmParams: 'default_litellm_params',
} as const satisfies { readonly [P in keyof RouterProps]?: string };

/** A `Router` prop that {@link ROUTER_SETTING_KEYS} maps one to one. */
export type SimpleRouterProp = keyof typeof ROUTER_SETTING_KEYS;

/** The error classes of `retry_policy` and `allowed_fails_policy`, as LiteLLM spells them. */
export const ROUTER_ERROR_CLASSES = [
  'BadRequestError',
  'AuthenticationError',
  'TimeoutError',
  'RateLimitError',
  'ContentPolicyViolationError',
  'InternalServerError',
] as const;
