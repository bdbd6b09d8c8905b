import { ModelGroup, Router, Secret } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { RedisForSharedState } from '../../../src/index.js';
import { describeRule, documentResult, synthResult } from '../../_rule-cases.js';

describeRule(RedisForSharedState, {
  compliant: {
    when: 'usage-based routing shares its counters through Redis',
    app: (config) =>
      void new Router(config, 'Router', {
        routingStrategy: 'usage-based-routing-v2',
        redis: {
          host: Secret.env('REDIS_HOST'),
          port: Secret.env('REDIS_PORT'),
          password: Secret.env('REDIS_PASSWORD'),
        },
      }),
    document: {
      router_settings: {
        routing_strategy: 'usage-based-routing-v2',
        redis_host: 'os.environ/REDIS_HOST',
        redis_port: 'os.environ/REDIS_PORT',
        redis_password: 'os.environ/REDIS_PASSWORD',
      },
    },
  },
  nonCompliant: {
    when: 'usage-based routing has no Redis',
    app: (config) => void new Router(config, 'Router', { routingStrategy: 'usage-based-routing-v2' }),
    document: { router_settings: { routing_strategy: 'usage-based-routing-v2' } },
    finding: {
      construct: 'prod/Router/Resource',
      path: ['router_settings', 'routing_strategy'],
      message: /routing_strategy usage-based-routing-v2 needs counters shared by every proxy instance/,
    },
  },
  notApplicable: {
    when: 'the routing strategy keeps no counters',
    app: (config) => void new Router(config, 'Router', { routingStrategy: 'simple-shuffle' }),
    document: { router_settings: { routing_strategy: 'simple-shuffle' } },
  },
});

describe('best-practices/redis-for-shared-state with deployment rate limits', () => {
  const limited = { model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o', rpm: 60 } };
  const check = (entry: Record<string, unknown>, routerSettings: Record<string, unknown>) =>
    documentResult(RedisForSharedState, { model_list: [entry], router_settings: routerSettings });

  it('asks for Redis when enable_pre_call_checks enforces a deployment rpm limit', () => {
    expect(check(limited, { enable_pre_call_checks: true }).findings).toEqual([
      expect.objectContaining({
        path: ['router_settings', 'enable_pre_call_checks'],
        message: expect.stringMatching(
          /rpm\/tpm limits \(such as model_list\[0\] of 'gpt'\) enforced by enable_pre_call_checks needs counters shared/,
        ),
      }),
    ]);
  });

  it('asks for Redis for a tpm limit, and for the legacy rpm on the entry itself', () => {
    expect(
      check(
        { model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o', tpm: 1000 } },
        { enable_pre_call_checks: true },
      ).status,
    ).toBe('non-compliant');
    expect(
      check({ model_name: 'gpt', rpm: 5, litellm_params: { model: 'openai/gpt-4o' } }, { enable_pre_call_checks: true })
        .status,
    ).toBe('non-compliant');
  });

  it('is satisfied by redis_url', () => {
    expect(check(limited, { enable_pre_call_checks: true, redis_url: 'os.environ/REDIS_URL' }).status).toBe(
      'compliant',
    );
  });

  it('does not apply to limits nothing enforces', () => {
    expect(check(limited, { enable_pre_call_checks: false }).status).toBe('not-applicable');
    expect(
      check({ model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o' } }, { enable_pre_call_checks: true }).status,
    ).toBe('not-applicable');
  });

  it('annotates the Router at synth', () => {
    const { result } = synthResult(RedisForSharedState, (config) => {
      new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o', rpm: 60 } });
      new Router(config, 'Router', { enablePreCallChecks: true });
    });
    expect(result.findings).toEqual([
      expect.objectContaining({
        path: 'prod/Router/Resource',
        message: expect.stringMatching(/enforced by enable_pre_call_checks/),
      }),
    ]);
  });
});
