import type { ConfigPath, PRE_CALL_CHECKS, RoutingStrategy } from '@litellm-cdk/core';
import type { ConfigView } from '../../config-view.js';
import { Compliance, definePolicyRule } from '../../rule.js';

/** Routing strategies that decide from usage counters, which are per proxy instance without Redis. */
const SHARED_STATE_STRATEGIES: readonly string[] = [
  'usage-based-routing',
  'usage-based-routing-v2',
  'provider-budget-routing',
] satisfies readonly RoutingStrategy[];
/** Pre-call checks that enforce limits or budgets from the same counters. */
const SHARED_STATE_CHECKS: readonly string[] = [
  'enforce_model_rate_limits',
  'router_budget_limiting',
] satisfies readonly (typeof PRE_CALL_CHECKS)[number][];

/**
 * Redis is configured for the router (`redis_host` or `redis_url`) when the routing strategy or a pre-call check
 * enforces rate limits or budgets, or deployments' rpm/tpm limits are enforced (`enable_pre_call_checks: true` or
 * usage-based routing), all of which need counters shared by every proxy instance.
 */
export const RedisForSharedState = definePolicyRule({
  id: 'best-practices/redis-for-shared-state',
  severity: 'warning',
  appliesTo: 'config',
  description: 'Redis is configured when routing or rate limits need state shared across proxy instances.',
  explanation:
    "Usage-based and budget routing, the rate-limit and budget pre-call checks, and deployments' rpm/tpm limits " +
    'enforced by enable_pre_call_checks or usage-based routing count requests and tokens; ' +
    'without Redis each proxy instance counts on its own, so N instances let N times the limit through. Fix: ' +
    "new Router(config, 'Router', { redis: { host, port, password } }) with secrets in the app (router_settings." +
    'redis_host/redis_port/redis_password or redis_url in YAML). A single-instance proxy may acknowledge this rule.',
  check(subject) {
    const reasons = sharedStateNeeds(subject.config);
    if (reasons.length === 0) return Compliance.notApplicable;
    if (routerHasRedis(subject.config)) return Compliance.compliant;
    return Compliance.of([
      {
        message: `${reasons.map((r) => r.why).join(', ')} ${reasons.length === 1 ? 'needs' : 'need'} counters shared by every proxy instance, but router_settings configures no Redis.`,
        path: reasons[0].path,
      },
    ]);
  },
});

/** Why `config` needs counters shared by every proxy instance: each reason with where the config asks for it. */
export interface SharedStateNeed {
  readonly why: string;
  readonly path: ConfigPath;
}

/**
 * What in `config` counts requests or tokens per proxy instance unless Redis is configured: usage-based and budget
 * routing, the rate-limit and budget pre-call checks, and deployments' rpm/tpm limits when LiteLLM enforces them.
 * Empty when nothing does. Deployment libraries (Kubernetes replicas) ask the same question.
 */
export function sharedStateNeeds(config: ConfigView): SharedStateNeed[] {
  const router = config.section('router_settings');
  const reasons: SharedStateNeed[] = [];
  const strategy = router.routing_strategy;
  if (typeof strategy === 'string' && SHARED_STATE_STRATEGIES.includes(strategy)) {
    reasons.push({ why: `routing_strategy ${strategy}`, path: ['router_settings', 'routing_strategy'] });
  }
  const checks = Array.isArray(router.optional_pre_call_checks) ? router.optional_pre_call_checks : [];
  checks.forEach((check, index) => {
    if (typeof check === 'string' && SHARED_STATE_CHECKS.includes(check)) {
      reasons.push({
        why: `the pre-call check ${check}`,
        path: ['router_settings', 'optional_pre_call_checks', index],
      });
    }
  });
  // Usage-based routing enforces deployments' rpm/tpm too, but is already a reason of its own above.
  const limited = config.deployments.find((d) => hasRateLimit(d.params) || hasRateLimit(d.entry));
  if (limited && router.enable_pre_call_checks === true) {
    reasons.push({
      why: `deployments' rpm/tpm limits (such as model_list[${limited.index}] of '${limited.modelName}') enforced by enable_pre_call_checks`,
      path: ['router_settings', 'enable_pre_call_checks'],
    });
  }
  if (router.provider_budget_config != null)
    reasons.push({ why: 'provider_budget_config', path: ['router_settings', 'provider_budget_config'] });
  return reasons;
}

/** Whether `router_settings` configures Redis for the router (`redis_host` or `redis_url`). */
export function routerHasRedis(config: ConfigView): boolean {
  const router = config.section('router_settings');
  return router.redis_host != null || router.redis_url != null;
}

/** Whether `litellm_params` (or, in LiteLLM's legacy form, the entry itself) sets an rpm or tpm limit. */
function hasRateLimit(holder: Readonly<Record<string, unknown>>): boolean {
  return holder.rpm != null || holder.tpm != null;
}
