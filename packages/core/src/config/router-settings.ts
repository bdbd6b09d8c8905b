import type { Construct } from 'constructs';
import type { SecretOr } from '../secrets/secret.js';
import type { ROUTING_STRATEGIES } from './schemas/router-settings.js';
import { SettingsSection } from './settings-section.js';

/** The routing strategies LiteLLM's router accepts; anything else is a start-up error. */
export type RoutingStrategy = (typeof ROUTING_STRATEGIES)[number];

/** `router_settings`, with LiteLLM's keys (see the L2 `Router` for camelCase props and group references). */
export interface RouterSettingsProps {
  readonly routing_strategy?: RoutingStrategy;
  readonly routing_strategy_args?: Record<string, unknown>;
  readonly num_retries?: number;
  readonly timeout?: number;
  readonly stream_timeout?: number;
  readonly retry_after?: number;
  readonly max_fallbacks?: number;
  readonly allowed_fails?: number;
  readonly cooldown_time?: number;
  readonly disable_cooldowns?: boolean;
  readonly enable_pre_call_checks?: boolean;
  readonly redis_host?: SecretOr<string>;
  readonly redis_port?: SecretOr<number | string>;
  readonly redis_password?: SecretOr<string>;
  readonly redis_url?: SecretOr<string>;
  readonly fallbacks?: readonly Record<string, readonly string[]>[];
  readonly context_window_fallbacks?: readonly Record<string, readonly string[]>[];
  readonly content_policy_fallbacks?: readonly Record<string, readonly string[]>[];
  readonly default_fallbacks?: readonly string[];
  readonly model_group_alias?: Record<string, string | { readonly model: string; readonly hidden?: boolean }>;
  readonly [key: string]: unknown;
}

/** L1: keys of `router_settings`. */
export class RouterSettings extends SettingsSection {
  public readonly section = 'router_settings';

  public constructor(scope: Construct, id: string, props: RouterSettingsProps = {}) {
    super(scope, id, props);
  }
}
