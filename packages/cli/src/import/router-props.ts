import {
  PRE_CALL_CHECKS,
  ROUTER_ERROR_CLASSES,
  ROUTER_SETTING_KEYS,
  ROUTING_STRATEGIES,
  type SimpleRouterProp,
} from '@litellm-cdk/core';
import type { PlannedConstruct } from './app-plan.js';
import type { ConfigPlanBuilder } from './config-plan-builder.js';
import type { GroupLookup } from './plan-router.js';
import { isMapping } from './provider-mapping.js';
import { code } from './ts-source.js';

type Kind = 'number' | 'boolean' | 'mapping' | 'strategy' | 'preCallChecks';

/** The kind of value each `Router` prop that is a `router_settings` key one to one takes. */
const PROP_KINDS: Readonly<Record<SimpleRouterProp, Kind>> = {
  routingStrategy: 'strategy',
  routingStrategyArgs: 'mapping',
  numRetries: 'number',
  timeout: 'number',
  streamTimeout: 'number',
  retryAfter: 'number',
  maxFallbacks: 'number',
  allowedFails: 'number',
  cooldownTime: 'number',
  disableCooldowns: 'boolean',
  enablePreCallChecks: 'boolean',
  optionalPreCallChecks: 'preCallChecks',
  enableTagFiltering: 'boolean',
  tagFilteringMatchAny: 'boolean',
  defaultMaxParallelRequests: 'number',
  defaultPriority: 'number',
  pollingInterval: 'number',
  cacheResponses: 'boolean',
  clientTtl: 'number',
  providerBudgetConfig: 'mapping',
  alertingConfig: 'mapping',
  defaultLitellmParams: 'mapping',
};

/** `router_settings` keys the `Router` props say one to one, with the prop (core's table, read backwards). */
const PROP_OF_KEY: ReadonlyMap<string, SimpleRouterProp> = new Map(
  Object.entries(ROUTER_SETTING_KEYS).map(([prop, key]) => [key, prop as SimpleRouterProp]),
);

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
export function routerPropsOf(
  builder: ConfigPlanBuilder,
  settings: Record<string, unknown>,
  findGroup: GroupLookup,
): RouterPlan | undefined {
  if (Object.keys(settings).length === 0) return undefined;
  const props: Record<string, unknown> = {};
  let defaultFallbacks: PlannedConstruct[] = [];
  const sameConfigGroup = (name: unknown): PlannedConstruct | undefined =>
    typeof name === 'string' ? builder.plan.groups.get(name) : undefined;
  for (const [key, value] of Object.entries(settings)) {
    if (REDIS_KEYS.includes(key)) continue;
    const prop = PROP_OF_KEY.get(key);
    if (prop) {
      const converted = convert(PROP_KINDS[prop], value);
      if (converted === undefined) return undefined;
      props[prop] = converted;
    } else if (key === 'retry_policy' || key === 'allowed_fails_policy') {
      const policy = policyOf(value, key === 'retry_policy' ? 'Retries' : 'AllowedFails');
      if (policy === undefined) return undefined;
      props[key === 'retry_policy' ? 'retryPolicy' : 'allowedFailsPolicy'] = policy;
    } else if (key === 'default_fallbacks') {
      if (!Array.isArray(value) || value.length === 0 || new Set(value).size !== value.length) return undefined;
      const groups = value.map((name) => (typeof name === 'string' ? findGroup(name) : undefined));
      if (groups.some((group) => group === undefined)) return undefined;
      defaultFallbacks = groups as PlannedConstruct[];
    } else if (key === 'caching_groups') {
      if (
        !Array.isArray(value) ||
        !value.every((names) => Array.isArray(names) && names.every((name) => sameConfigGroup(name)))
      )
        return undefined;
      props.cachingGroups = value.map((names: unknown[]) => names.map((name) => code(sameConfigGroup(name)!.ref())));
    } else if (key === 'model_group_retry_policy') {
      if (!isMapping(value)) return undefined;
      const entries = Object.entries(value).map(([name, policy]) => ({
        group: sameConfigGroup(name),
        policy: policyOf(policy, 'Retries'),
      }));
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
      return Array.isArray(value) &&
        value.every((check) => typeof check === 'string' && (PRE_CALL_CHECKS as readonly string[]).includes(check))
        ? value
        : undefined;
  }
}

/** `{RateLimitErrorRetries: 3}` -> `{rateLimitErrorRetries: 3}`; `undefined` for unknown keys or non-numbers. */
function policyOf(value: unknown, suffix: string): Record<string, number> | undefined {
  if (!isMapping(value)) return undefined;
  const known = ROUTER_ERROR_CLASSES.map((kind) => `${kind}${suffix}`);
  const entries = Object.entries(value);
  if (!entries.every(([key, count]) => known.includes(key) && typeof count === 'number')) return undefined;
  return Object.fromEntries(
    entries.map(([key, count]) => [key.charAt(0).toLowerCase() + key.slice(1), count as number]),
  );
}

/**
 * The `redis` prop: `{host, port?, password?}` or `{url}`; `undefined` without Redis keys; `null` when the keys
 * mix the two forms or give a port or password without a host, which the prop cannot say.
 */
function redisOf(settings: Record<string, unknown>): Record<string, unknown> | undefined | null {
  const { redis_host: host, redis_port: port, redis_password: password, redis_url: url } = settings;
  if ([host, port, password, url].every((v) => v === undefined)) return undefined;
  if (url !== undefined)
    return host === undefined && port === undefined && password === undefined && typeof url === 'string'
      ? { url }
      : null;
  if (typeof host !== 'string') return null;
  if (password !== undefined && typeof password !== 'string') return null;
  if (port !== undefined && typeof port !== 'string' && typeof port !== 'number') return null;
  return { host, ...(port !== undefined ? { port } : {}), ...(password !== undefined ? { password } : {}) };
}
