import {
  Annotations,
  AspectPriority,
  Aspects,
  CACHE_CONTROL_SKIPPED,
  CacheControlInjection,
  Secret,
  Testing,
} from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { AnthropicProvider } from '../src/index.js';
import { findingsWithId, prodConfig } from './_fixtures.js';

const SYSTEM_POINT = { location: 'message', role: 'system' };

function setup() {
  const config = prodConfig();
  const anthropic = new AnthropicProvider(config, 'anthropic', {
    apiKeys: [Secret.env('ANTHROPIC_API_KEY_1'), Secret.env('ANTHROPIC_API_KEY_2')],
  });
  return { config, anthropic };
}

describe('AnthropicProvider', () => {
  it('serves Claude with one deployment per key under anthropic/', () => {
    const { config, anthropic } = setup();
    anthropic.addModel('claude-sonnet', { model: 'claude-sonnet-4-5', rpm: 50 });
    expect(
      Testing.template(config)
        .deploymentsOf('claude-sonnet')
        .map((d) => d.litellm_params),
    ).toEqual([
      { model: 'anthropic/claude-sonnet-4-5', api_key: 'os.environ/ANTHROPIC_API_KEY_1', rpm: 50 },
      { model: 'anthropic/claude-sonnet-4-5', api_key: 'os.environ/ANTHROPIC_API_KEY_2', rpm: 50 },
    ]);
  });

  it('creates a thinking variant per budget, reachable through the provider', () => {
    const { config, anthropic } = setup();
    const sonnet = anthropic.addModel('claude-sonnet', { model: 'claude-sonnet-4-5', thinkingBudgets: [4096, 16384] });
    expect(anthropic.thinkingVariantsOf(sonnet).map((v) => v.group.modelName)).toEqual([
      'claude-sonnet-think-4096',
      'claude-sonnet-think-16384',
    ]);
    expect(Testing.template(config).deploymentsOf('claude-sonnet-think-4096')[0].litellm_params.thinking).toEqual({
      type: 'enabled',
      budget_tokens: 4096,
    });
    expect(anthropic.thinkingVariant(sonnet, 16384).modelName).toBe('claude-sonnet-think-16384');
    expect(() => anthropic.thinkingVariant(sonnet, 1)).toThrow(/its budgets: 4096, 16384/);
  });

  it('reports thinking on a model that does not reason and a budget below 1,024 tokens', () => {
    const { config, anthropic } = setup();
    anthropic.addModel('haiku', { model: 'claude-3-haiku-20240307', thinkingBudgets: [2048] });
    anthropic.addModel('sonnet', { model: 'claude-sonnet-4-5', thinkingBudgets: [512] });
    expect(findingsWithId(config, 'core/thinking-unsupported').map((f) => f.path)).toEqual([
      'prod/anthropic/haiku-think-2048/ANTHROPIC_API_KEY_1',
      'prod/anthropic/haiku-think-2048/ANTHROPIC_API_KEY_2',
    ]);
    expect(findingsWithId(config, 'core/thinking-budget-too-small')).toHaveLength(2);
  });

  it('marks the system message as a cache point on the group and its variants with promptCaching: true', () => {
    const { config, anthropic } = setup();
    anthropic.addModel('claude', { model: 'claude-sonnet-4-5', thinkingBudgets: [4096], promptCaching: true });
    const template = Testing.template(config);
    for (const group of ['claude', 'claude-think-4096']) {
      for (const deployment of template.deploymentsOf(group))
        expect(deployment.litellm_params.cache_control_injection_points).toEqual([SYSTEM_POINT]);
    }
  });

  it('opts a group out of a provider-wide injection with promptCaching: false', () => {
    const { config, anthropic } = setup();
    Aspects.of(anthropic).add(CacheControlInjection.forRoles(['system'], { ttl: '1h' }), {
      priority: AspectPriority.MUTATING,
    });
    anthropic.addModel('cached', { model: 'claude-sonnet-4-5' });
    const uncached = anthropic.addModel('uncached', { model: 'claude-sonnet-4-5', promptCaching: false });
    const template = Testing.template(config);
    expect(template.deploymentsOf('cached')[0].litellm_params.cache_control_injection_points).toEqual([
      { location: 'message', role: 'system', control: { type: 'ephemeral', ttl: '1h' } },
    ]);
    expect(template.deploymentsOf('uncached')[0].litellm_params).not.toHaveProperty('cache_control_injection_points');
    expect(Annotations.of(uncached).all.map((a) => a.id)).toContain(CACHE_CONTROL_SKIPPED);
  });

  it('warns about an unknown Claude id with the closest ones', () => {
    const { config, anthropic } = setup();
    anthropic.addModel('claude', { model: 'claude-sonet-4-5' });
    expect(findingsWithId(config, 'anthropic/model-not-in-catalog')[0].message).toContain(
      "Did you mean 'claude-sonnet-4-5'",
    );
  });
});
