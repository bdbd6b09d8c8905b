import { Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { BedrockCredentials } from '../src/index.js';
import { modelsOf, setup, SONNET_3_7 } from './_fixtures.js';

const SONNET_4_5 = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const REGIONS = { eu: 'eu-central-1', us: 'us-east-1', jp: 'ap-northeast-1' } as const;

describe('regional fallback', () => {
  it('chains groups of the same model in other geographies with plain fallbackTo', () => {
    const { config, bedrock } = setup({ regions: REGIONS });
    const eu = bedrock.addModel('claude-eu', { model: SONNET_4_5, geographies: ['eu'] });
    const us = bedrock.addModel('claude-us', { model: SONNET_4_5, geographies: ['us'] });
    const jp = bedrock.addModel('claude-jp', { model: SONNET_4_5, geographies: ['jp'] });
    eu.fallbackTo(us);
    us.fallbackTo(jp);
    const template = Testing.template(config);
    expect(template.fallbacksOf('claude-eu')).toEqual(['claude-us']);
    expect(template.fallbacksOf('claude-us')).toEqual(['claude-jp']);
    expect(modelsOf(config, 'claude-jp')).toEqual([`bedrock/jp.${SONNET_4_5}`]);
  });

  it('adds a fallback group serving the same model elsewhere, with the same options', () => {
    const { config, bedrock } = setup({ regions: REGIONS, credentials: [BedrockCredentials.fromEnvironment()] });
    const eu = bedrock.addModel('claude', { model: SONNET_4_5, geographies: ['eu'], rpm: 50, route: 'converse' });
    const us = bedrock.addRegionalFallback(eu, { geographies: ['us'] });
    expect(us.modelName).toBe('claude-us');
    const template = Testing.template(config);
    expect(template.fallbacksOf('claude')).toEqual(['claude-us']);
    expect(template.deploymentsOf('claude-us')[0].litellm_params).toMatchObject({
      model: `bedrock/converse/us.${SONNET_4_5}`,
      rpm: 50,
      aws_region_name: 'us-east-1',
      aws_access_key_id: 'os.environ/AWS_ACCESS_KEY_ID',
    });
  });

  it('falls back from each thinking variant to its counterpart, and extends the chain when called on the fallback', () => {
    const { config, bedrock } = setup({ regions: REGIONS });
    const eu = bedrock.addModel('claude', { model: `eu.${SONNET_3_7}`, thinkingBudgets: [4096] });
    const us = bedrock.addRegionalFallback(eu, { geographies: ['us'], name: 'claude-us' });
    bedrock.addRegionalFallback(us, { geographies: ['eu', 'us'], name: 'claude-any' });
    const template = Testing.template(config);
    expect(template.fallbacksOf('claude')).toEqual(['claude-us']);
    expect(template.fallbacksOf('claude-think-4096')).toEqual(['claude-us-think-4096']);
    expect(template.fallbacksOf('claude-us')).toEqual(['claude-any']);
    expect(template.fallbacksOf('claude-us-think-4096')).toEqual(['claude-any-think-4096']);
    expect(modelsOf(config, 'claude-us')).toEqual([`bedrock/us.${SONNET_3_7}`]);
  });

  it('takes only groups that addModel returned', () => {
    const { bedrock } = setup({ regions: REGIONS });
    const eu = bedrock.addModel('claude', { model: SONNET_3_7, geographies: ['eu'], thinkingBudgets: [4096] });
    expect(() => bedrock.addRegionalFallback(bedrock.thinkingVariant(eu, 4096), { geographies: ['us'] })).toThrow(
      "[prod/bedrock/claude-think-4096] addRegionalFallback() takes a group that this provider's addModel() returned.",
    );
  });
});
