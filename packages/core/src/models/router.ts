import { Construct, type IConstruct } from 'constructs';
import { Lazy } from '../config/lazy.js';
import { RouterSettings, type RoutingStrategy } from '../config/router-settings.js';
import type { PRE_CALL_CHECKS } from '../config/schemas/router-settings.js';
import type { SecretOr } from '../secrets/secret.js';
import { ProxyConfig } from '../tree/proxy-config.js';
import type { ModelGroup } from './model-group.js';
import { ROUTER_SETTING_KEYS } from './router-keys.js';
import { checkedId } from '../tree/construct-id.js';

const ROUTER_SYMBOL = Symbol.for('@litellm-cdk/core.Router');

/** Retries per error class (`retry_policy`). */
export interface RetryPolicy {
  readonly badRequestErrorRetries?: number;
  readonly authenticationErrorRetries?: number;
  readonly timeoutErrorRetries?: number;
  readonly rateLimitErrorRetries?: number;
  readonly contentPolicyViolationErrorRetries?: number;
  readonly internalServerErrorRetries?: number;
}

/** Failures per error class a deployment may have before it cools down (`allowed_fails_policy`). */
export interface AllowedFailsPolicy {
  readonly badRequestErrorAllowedFails?: number;
  readonly authenticationErrorAllowedFails?: number;
  readonly timeoutErrorAllowedFails?: number;
  readonly rateLimitErrorAllowedFails?: number;
  readonly contentPolicyViolationErrorAllowedFails?: number;
  readonly internalServerErrorAllowedFails?: number;
}

/** Where the router keeps state shared by proxy instances: host/port/password, or one URL. */
export type RedisConnection =
  | { readonly host: SecretOr<string>; readonly port?: SecretOr<number | string>; readonly password?: SecretOr<string> }
  | { readonly url: SecretOr<string> };

/** The checks `optional_pre_call_checks` accepts. */
export type PreCallCheck = (typeof PRE_CALL_CHECKS)[number];

/** Props of a `Router`: every `router_settings` key of LiteLLM, camelCase; groups by object. */
export interface RouterProps {
  /** @default 'simple-shuffle' (LiteLLM's default) */
  readonly routingStrategy?: RoutingStrategy;
  /** @default - none */
  readonly routingStrategyArgs?: Record<string, unknown>;
  /** Retries of a failed request on the same group. @default - LiteLLM's default */
  readonly numRetries?: number;
  /** Request timeout in seconds. @default - LiteLLM's default */
  readonly timeout?: number;
  /** Streaming request timeout in seconds. @default - LiteLLM's default */
  readonly streamTimeout?: number;
  /** Seconds to wait before retrying. @default - LiteLLM's default */
  readonly retryAfter?: number;
  /** The most fallbacks LiteLLM tries for one request. @default 5 (LiteLLM's default) */
  readonly maxFallbacks?: number;
  /** Failures per minute before a deployment cools down. @default 3 (LiteLLM's default) */
  readonly allowedFails?: number;
  /** How long a failing deployment is taken out, in seconds. @default - LiteLLM's default */
  readonly cooldownTime?: number;
  /** @default false */
  readonly disableCooldowns?: boolean;
  /** Check context window and rate limits before picking a deployment; needed for `order`. @default false */
  readonly enablePreCallChecks?: boolean;
  /** @default - none */
  readonly optionalPreCallChecks?: readonly PreCallCheck[];
  /** @default false */
  readonly enableTagFiltering?: boolean;
  /** @default false */
  readonly tagFilteringMatchAny?: boolean;
  /** @default - none */
  readonly defaultMaxParallelRequests?: number;
  /** @default - none */
  readonly defaultPriority?: number;
  /** @default - LiteLLM's default */
  readonly pollingInterval?: number;
  /** @default false */
  readonly cacheResponses?: boolean;
  /** Groups that share a cache. @default - none */
  readonly cachingGroups?: readonly (readonly ModelGroup[])[];
  /** @default - LiteLLM's default */
  readonly clientTtl?: number;
  /** @default - none */
  readonly providerBudgetConfig?: Record<string, unknown>;
  /** @default - none */
  readonly alertingConfig?: Record<string, unknown>;
  /** @default - none */
  readonly defaultLitellmParams?: Record<string, unknown>;
  /** @default - LiteLLM's default */
  readonly retryPolicy?: RetryPolicy;
  /** @default - LiteLLM's default */
  readonly allowedFailsPolicy?: AllowedFailsPolicy;
  /** Retry policies of single groups. @default - none */
  readonly modelGroupRetryPolicy?: readonly { readonly group: ModelGroup; readonly policy: RetryPolicy }[];
  /** Groups every group falls back to (`default_fallbacks`). @default - none */
  readonly defaultFallbacks?: readonly ModelGroup[];
  /**
   * Redis for router state shared across proxy instances (usage-based routing, rate limits, cooldowns).
   * @default - none: state is per instance
   */
  readonly redis?: RedisConnection;
}

/**
 * L2: the proxy's router (`router_settings`). Fallbacks and aliases come from the `ModelGroup`s; the router holds
 * strategy, retries, timeouts, cooldowns and Redis. Its L1 `RouterSettings` is `node.defaultChild`.
 */
export class Router extends Construct {
  /** Whether `x` is a `Router`, from this or any other copy of the library. */
  public static isRouter(x: unknown): x is Router {
    return typeof x === 'object' && x !== null && ROUTER_SYMBOL in x;
  }

  /** The router of the config `scope` belongs to, if it has one. */
  public static of(scope: IConstruct): Router | undefined {
    return ProxyConfig.of(scope).node.findAll().find(Router.isRouter);
  }

  /** The routing strategy, as configured. */
  public readonly routingStrategy: RoutingStrategy | undefined;
  /** The L1 element the router renders into; use it for overrides. */
  public readonly settings: RouterSettings;
  private readonly defaults: ModelGroup[];

  public constructor(
    scope: Construct,
    id: string,
    private readonly props: RouterProps = {},
  ) {
    super(scope, checkedId(scope, id, 'Router'));
    Object.defineProperty(this, ROUTER_SYMBOL, { value: true });
    this.routingStrategy = props.routingStrategy;
    this.defaults = [...(props.defaultFallbacks ?? [])];
    this.settings = new RouterSettings(this, 'Resource', this.render());
    this.node.defaultChild = this.settings;
  }

  /** The props the router was created with. */
  public get configuration(): RouterProps {
    return this.props;
  }

  /** Whether router state is shared through Redis. */
  public get hasRedis(): boolean {
    return this.props.redis !== undefined;
  }

  /** Adds a group every group falls back to (`default_fallbacks`). */
  public addDefaultFallback(group: ModelGroup): void {
    if (this.node.locked)
      throw new Error(`[${this.node.path}] Cannot add a default fallback after the tree is locked.`);
    if (!this.defaults.includes(group)) this.defaults.push(group);
  }

  /** The groups of `default_fallbacks`. */
  public get defaultFallbacks(): readonly ModelGroup[] {
    return this.defaults;
  }

  private render(): Record<string, unknown> {
    const p = this.props;
    const redis = p.redis;
    const simple = Object.fromEntries(
      Object.entries(ROUTER_SETTING_KEYS).map(([prop, key]) => [key, p[prop as keyof typeof ROUTER_SETTING_KEYS]]),
    );
    return {
      ...simple,
      caching_groups:
        p.cachingGroups && Lazy.any(() => p.cachingGroups!.map((groups) => groups.map((g) => g.modelName))),
      retry_policy: p.retryPolicy && pascalKeys(p.retryPolicy),
      allowed_fails_policy: p.allowedFailsPolicy && pascalKeys(p.allowedFailsPolicy),
      model_group_retry_policy:
        p.modelGroupRetryPolicy &&
        Lazy.any(() =>
          Object.fromEntries(
            p.modelGroupRetryPolicy!.map(({ group, policy }) => [group.modelName, pascalKeys(policy)]),
          ),
        ),
      default_fallbacks: Lazy.any(() => (this.defaults.length > 0 ? this.defaults.map((g) => g.modelName) : undefined)),
      ...(redis && 'url' in redis
        ? { redis_url: redis.url }
        : { redis_host: redis?.host, redis_port: redis?.port, redis_password: redis?.password }),
    };
  }
}

/** `badRequestErrorRetries` -> `BadRequestErrorRetries`, as LiteLLM spells policy keys. */
function pascalKeys(policy: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(policy).map(([k, v]) => [k.charAt(0).toUpperCase() + k.slice(1), v]));
}
