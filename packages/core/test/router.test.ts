import { describe, expect, it } from 'vitest';
import { ModelGroup, ProxyConfig, Router, Secret, Testing } from '../src/index.js';

describe('Router', () => {
  it('renders camelCase props as LiteLLM router_settings keys', () => {
    const prod = new ProxyConfig(Testing.app(), 'prod');
    const group = new ModelGroup(prod, 'a');
    group.addDeployment('x', { litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('K') } });
    new Router(prod, 'router', {
      routingStrategy: 'usage-based-routing-v2',
      numRetries: 2,
      timeout: 100,
      cooldownTime: 30,
      allowedFails: 2,
      enablePreCallChecks: true,
      optionalPreCallChecks: ['prompt_caching'],
      retryPolicy: { rateLimitErrorRetries: 3, timeoutErrorRetries: 1 },
      allowedFailsPolicy: { rateLimitErrorAllowedFails: 10 },
      modelGroupRetryPolicy: [{ group, policy: { badRequestErrorRetries: 0 } }],
      defaultFallbacks: [group],
      redis: { host: Secret.env('REDIS_HOST'), port: Secret.env('REDIS_PORT'), password: Secret.env('REDIS_PASSWORD') },
    });
    expect(Testing.template(prod).section('router_settings')).toEqual({
      routing_strategy: 'usage-based-routing-v2',
      num_retries: 2,
      timeout: 100,
      allowed_fails: 2,
      cooldown_time: 30,
      enable_pre_call_checks: true,
      optional_pre_call_checks: ['prompt_caching'],
      retry_policy: { RateLimitErrorRetries: 3, TimeoutErrorRetries: 1 },
      allowed_fails_policy: { RateLimitErrorAllowedFails: 10 },
      model_group_retry_policy: { a: { BadRequestErrorRetries: 0 } },
      default_fallbacks: ['a'],
      redis_host: 'os.environ/REDIS_HOST',
      redis_port: 'os.environ/REDIS_PORT',
      redis_password: 'os.environ/REDIS_PASSWORD',
    });
  });

  it('takes Redis as one URL', () => {
    const prod = new ProxyConfig(Testing.app(), 'prod');
    const router = new Router(prod, 'router', { redis: { url: Secret.env('REDIS_URL') } });
    expect(Testing.template(prod).section('router_settings')).toEqual({ redis_url: 'os.environ/REDIS_URL' });
    expect(router.hasRedis).toBe(true);
    expect(Router.of(prod)).toBe(router);
  });

  it('puts group fallbacks after those set on its L1 settings', () => {
    const prod = new ProxyConfig(Testing.app(), 'prod');
    const [a, b, c] = ['a', 'b', 'c'].map((n) => new ModelGroup(prod, n));
    for (const group of [a, b, c])
      group.addDeployment('x', {
        litellmParams: { model: `openai/gpt-4o`, api_key: Secret.env('K'), rpm: group.modelName.length },
      });
    const router = new Router(prod, 'router');
    router.settings.set('fallbacks', [{ b: ['c'] }]);
    a.fallbackTo(b);
    expect(Testing.template(prod).setting('router_settings', 'fallbacks')).toEqual([{ b: ['c'] }, { a: ['b'] }]);
  });
});
