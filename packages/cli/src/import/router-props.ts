import { PRE_CALL_CHECKS, ROUTING_STRATEGIES } from '@litellm-cdk/core';
import type { PlannedConstruct } from './app-plan.js';
import type { ConfigPlanBuilder } from './config-plan-builder.js';
import type { GroupLookup } from './plan-router.js';
import { isMapping } from './provider-mapping.js';
import { code } from './ts-source.js';

const ERROR_KINDS = ['BadRequestError', 'AuthenticationError', 'TimeoutError', 'RateLimitError', 'ContentPolicyViolationError', 'InternalServerError'];

type Kind = 'number' | 'boolean' | 'mapping' | 'strategy' | 'preCallChecks' | 'retryPolicy' | 'allowedFailsPolicy';

/** `router_settings` keys the `Router` props say one to one, with the prop and the kind of value it takes. */
const SIMPLE_PROPS: Readonly<Record<string, readonly [string, Kind]>> = {
  routing_strategy: ['routingStrategy', 'strategy'],
  routing_strategy_args: ['routingStrategyArgs', 'mapping'],
  num_retries: ['numRetries', 'number'],
  timeout: ['timeout', 'number'],
  stream_timeout: ['streamTimeout', 'number'],
  retry_after: ['retryAfter', 'number'],
  max_fallbacks: ['maxFallbacks', 'number'],
  allowed_fails: ['allowedFails', 'number'],
  cooldown_time: ['cooldownTime', 'number'],
  disable_cooldowns: ['disableCooldowns', 'boolean'],
  enable_pre_call_checks: ['enablePreCallChecks', 'boolean'],
  optional_pre_call_checks: ['optionalPreCallChecks', 'preCallChecks'],
  enable_tag_filtering: ['enableTagFiltering', 'boolean'],
  tag_filtering_match_any: ['tagFilteringMatchAny', 'boolean'],
  default_max_parallel_requests: ['defaultMaxParallelRequests', 'number'],
  default_priority: ['defaultPriority', 'number'],
  polling_interval: ['pollingInterval', 'number'],
  cache_responses: ['cacheResponses', 'boolean'],
  client_ttl: ['clientTtl', 'number'],
  provider_budget_config: ['providerBudgetConfig', 'mapping'],
  alerting_config: ['alertingConfig', 'mapping'],
  default_litellm_params: ['defaultLitellmParams', 'mapping'],
  retry_policy: ['retryPolicy', 'retryPolicy'],
  allowed_fails_policy: ['allowedFailsPolicy', 'allowedFailsPolicy'],
};

const REDIS_KEYS = ['redis_host', 'redis_port', 'redis_password', 'redis_url'];

/** The `Router` that renders `settings` exactly: its props, and groups for `addDefaultFallback()`. */
export interface RouterPlan {
  /** The props, with `Secret.env()` and group references as code fragments. */
  readonly props: Record<string, unknown>;
  readonly defaultFallbacks: readonly PlannedConstruct[];
}

/**
 * The props of an L2 `Router` that renders exactly `settings`, or `undefined` when some key or value has no prop
 * that says it (an unknown key, a secret where the prop takes a number, a group that does not exist, ...).
 * Groups in `caching_groups` and `model_group_retry_policy` must belong to the same config, which defines them
 * before the router.
 */
export function routerPropsOf(builder: ConfigPlanBuilder, settings: Record<string, unknown>, findGroup: GroupLookup): RouterPlan | undefined {
  if (Object.keys(settings).length === 0) return undefined;
  const props: Record<string, unknown> = {};
  let defaultFallbacks: PlannedConstruct[] = [];
  const sameConfigGroup = (name: unknown): PlannedConstruct | undefined => (typeof name === 'string' ? builder.plan.groups.get(name) : undefined);
  for (const [key, value] of Object.entries(settings)) {
    if (REDIS_KEYS.includes(key)) continue;
    const simple = SIMPLE_PROPS[key];
    if (simple) {
      const converted = convert(simple[1], value);
      if (converted === undefined) return undefined;
      props[simple[0]] = converted;
    } else if (key === 'default_fallbacks') {
      if (!Array.isArray(value) || value.length === 0 || new Set(value).size !== value.length) return undefined;
      const groups = value.map((name) => (typeof name === 'string' ? findGroup(name) : undefined));
      if (groups.some((group) => group === undefined)) return undefined;
      defaultFallbacks = groups as PlannedConstruct[];
    } else if (key === 'caching_groups') {
      if (!Array.isArray(value) || !value.every((names) => Array.isArray(names) && names.every((name) => sameConfigGroup(name)))) return undefined;
      props.cachingGroups = value.map((names: unknown[]) => names.map((name) => code(sameConfigGroup(name)!.ref())));
    } else if (key === 'model_group_retry_policy') {
      if (!isMapping(value)) return undefined;
      const entries = Object.entries(value).map(([name, policy]) => ({ group: sameConfigGroup(name), policy: convert('retryPolicy', policy) }));
      if (entries.some((entry) => !entry.group || entry.policy === undefined)) return undefined;
      props.modelGroupRetryPolicy = entries.map((entry) => ({ group: code(entry.group!.ref()), policy: entry.policy }));
    } else {
      return undefined;
    }
  }
  const redis = redisOf(settings);
  if (redis === null) return undefined;
  if (redis) props.redis = redis;
  return { props: builder.secrets(props, 'router_settings') as Record<string, unknown>, defaultFallbacks };
}

function convert(kind: Kind, value: unknown): unknown {
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'mapping':
      return isMapping(value) ? value : undefined;
    case 'strategy':
      return typeof value === 'string' && (ROUTING_STRATEGIES as readonly string[]).includes(value) ? value : undefined;
    case 'preCallChecks':
      return Array.isArray(value) && value.every((check) => typeof check === 'string' && (PRE_CALL_CHECKS as readonly string[]).includes(check)) ? value : undefined;
    case 'retryPolicy':
      return policyOf(value, 'Retries');
    case 'allowedFailsPolicy':
      return policyOf(value, 'AllowedFails');
  }
}

/** `{RateLimitErrorRetries: 3}` -> `{rateLimitErrorRetries: 3}`; `undefined` for unknown keys or non-numbers. */
function policyOf(value: unknown, suffix: string): Record<string, number> | undefined {
  if (!isMapping(value)) return undefined;
  const known = ERROR_KINDS.map((kind) => `${kind}${suffix}`);
  const entries = Object.entries(value);
  if (!entries.every(([key, count]) => known.includes(key) && typeof count === 'number')) return undefined;
  return Object.fromEntries(entries.map(([key, count]) => [key.charAt(0).toLowerCase() + key.slice(1), count as number]));
}

/**
 * The `redis` prop: `{host, port?, password?}` or `{url}`; `undefined` without Redis keys; `null` when the keys
 * mix the two forms or give a port or password without a host, which the prop cannot say.
 */
function redisOf(settings: Record<string, unknown>): Record<string, unknown> | undefined | null {
  const { redis_host: host, redis_port: port, redis_password: password, redis_url: url } = settings;
  if ([host, port, password, url].every((v) => v === undefined)) return undefined;
  if (url !== undefined) return host === undefined && port === undefined && password === undefined && typeof url === 'string' ? { url } : null;
  if (typeof host !== 'string') return null;
  if (password !== undefined && typeof password !== 'string') return null;
  if (port !== undefined && typeof port !== 'string' && typeof port !== 'number') return null;
  return { host, ...(port !== undefined ? { port } : {}), ...(password !== undefined ? { password } : {}) };
}
