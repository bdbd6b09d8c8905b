import {
  Annotations,
  AspectPriority,
  Aspects,
  CACHE_CONTROL_SKIPPED,
  CacheControlInjection,
  Testing,
} from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { setup, SONNET_3_7 } from './_fixtures.js';

const SYSTEM_POINT = { location: 'message', role: 'system' };

describe('prompt caching', () => {
  it('marks the system message as a cache point on the group and its thinking variants with promptCaching: true', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('claude', {
      model: SONNET_3_7,
      geographies: ['eu', 'us'],
      thinkingBudgets: [4096],
      promptCaching: true,
    });
    const template = Testing.template(config);
    for (const group of ['claude', 'claude-think-4096']) {
      const deployments = template.deploymentsOf(group);
      expect(deployments).toHaveLength(2);
      for (const deployment of deployments)
        expect(deployment.litellm_params.cache_control_injection_points).toEqual([SYSTEM_POINT]);
    }
  });

  it('injects the points given to promptCaching', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('claude', {
      model: SONNET_3_7,
      geographies: ['eu'],
      promptCaching: { points: [{ location: 'message', index: -1 }] },
    });
    expect(Testing.template(config).deploymentsOf('claude')[0].litellm_params.cache_control_injection_points).toEqual([
      { location: 'message', index: -1 },
    ]);
  });

  it('opts a group out of an injection added to the provider with promptCaching: false', () => {
    const { config, bedrock } = setup();
    Aspects.of(bedrock).add(CacheControlInjection.forRoles(['system'], { ttl: '1h' }), {
      priority: AspectPriority.MUTATING,
    });
    bedrock.addModel('cached', { model: SONNET_3_7, geographies: ['eu'] });
    const uncached = bedrock.addModel('uncached', { model: SONNET_3_7, geographies: ['eu'], promptCaching: false });
    const template = Testing.template(config);
    expect(template.deploymentsOf('cached')[0].litellm_params.cache_control_injection_points).toEqual([
      { location: 'message', role: 'system', control: { type: 'ephemeral', ttl: '1h' } },
    ]);
    expect(template.deploymentsOf('uncached')[0].litellm_params).not.toHaveProperty('cache_control_injection_points');
    expect(Annotations.of(uncached).all.map((a) => a.id)).toContain(CACHE_CONTROL_SKIPPED);
  });

  it('skips an embedding model added below a provider-wide injection, with an info finding', () => {
    const { config, bedrock } = setup();
    Aspects.of(bedrock).add(CacheControlInjection.forRoles(['system']), { priority: AspectPriority.MUTATING });
    const embed = bedrock.addModel('embed', {
      model: 'amazon.titan-embed-text-v2:0',
      geographies: ['eu'],
      crossRegion: false,
    });
    expect(Testing.template(config).deploymentsOf('embed')[0].litellm_params).not.toHaveProperty(
      'cache_control_injection_points',
    );
    expect(Annotations.of(embed.deployments[0]).all).toEqual([
      expect.objectContaining({
        severity: 'info',
        id: CACHE_CONTROL_SKIPPED,
        message: expect.stringContaining('is an embedding model'),
      }),
    ]);
  });
});
