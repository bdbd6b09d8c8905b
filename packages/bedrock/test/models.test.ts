import { Annotations, catalogEntry } from '@litellm-cdk/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BEDROCK_FINDING_IDS,
  BedrockModels,
  type BedrockBaseModelId,
  type BedrockModelId,
  type BedrockModelOptions,
} from '../src/index.js';
import { findingsWithId, modelsOf, setup, SONNET_3_7 } from './_fixtures.js';

describe("Bedrock's part of core's catalog", () => {
  it('lists base ids sorted, without profile prefixes or pricing keys', () => {
    const ids = BedrockModels.ids();
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(ids).toContain(SONNET_3_7);
    expect(ids.filter((id) => id.includes('/') || /^(global|us|eu|apac|jp|au|us-gov)\./.test(id))).toEqual([]);
  });

  it('knows the profiles, limits and capabilities of Claude 3.7 Sonnet', () => {
    expect(BedrockModels.find(SONNET_3_7)).toEqual({ ...catalogEntry(SONNET_3_7), profiles: ['us', 'eu'] });
    expect(BedrockModels.find(SONNET_3_7)).toMatchObject({
      mode: 'chat',
      maxOutputTokens: 8192,
      supportsReasoning: true,
      supportsPromptCaching: true,
    });
  });

  it('has a row for a model the map lists only as profiles, read from its first profile', () => {
    expect(BedrockModels.find('deepseek.r1-v1:0')).toMatchObject({
      id: 'us.deepseek.r1-v1:0',
      profiles: ['us'],
      supportsReasoning: true,
    });
  });

  it('finds a profile id by its base model, and nothing for pricing keys or unknown ids', () => {
    expect(BedrockModels.find(`eu.${SONNET_3_7}`)?.id).toBe(SONNET_3_7);
    expect(BedrockModels.profiles('anthropic.claude-haiku-4-5-20251001-v1:0')).toEqual([
      'global',
      'us',
      'eu',
      'apac',
      'jp',
      'au',
    ]);
    expect(BedrockModels.has('bedrock/us-east-1/anthropic.claude-v2:1')).toBe(false);
    expect(BedrockModels.has('anthropic.claude-9')).toBe(false);
  });
});

describe('typed model ids', () => {
  it('offers the catalog ids and still accepts any string', () => {
    expectTypeOf<typeof SONNET_3_7>().toExtend<BedrockBaseModelId>();
    expectTypeOf<'deepseek.r1-v1:0'>().toExtend<BedrockBaseModelId>();
    expectTypeOf<'anthropic.claude-9'>().not.toExtend<BedrockBaseModelId>();
    expectTypeOf<`eu.${typeof SONNET_3_7}`>().not.toExtend<BedrockBaseModelId>();
    expectTypeOf<'us-east-1/anthropic.claude-v2:1'>().not.toExtend<BedrockBaseModelId>();
    expectTypeOf<'anthropic.claude-9'>().toExtend<BedrockModelId>();
    expectTypeOf<BedrockModelOptions['model']>().toEqualTypeOf<BedrockModelId>();
  });

  it('allows an id outside the catalog with a warning that suggests look-alike ids', () => {
    const { config, bedrock } = setup();
    bedrock.addModel('claude', { model: 'anthropic.claude-3-7-sonnet-20250219-v2:0', geographies: ['eu'] });
    expect(modelsOf(config, 'claude')).toEqual(['bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v2:0']);
    const [warning] = findingsWithId(config, BEDROCK_FINDING_IDS.modelNotInCatalog);
    expect(warning).toMatchObject({ severity: 'warning', path: 'prod/bedrock/claude' });
    expect(warning.message).toContain(`Did you mean '${SONNET_3_7}'?`);
  });

  it('settles the warning about an id outside the catalog with an acknowledgement', () => {
    const { config, bedrock } = setup();
    const group = bedrock.addModel('nova-3', { model: 'amazon.nova-3-pro-v1:0', geographies: ['us'] });
    Annotations.of(group).acknowledge(
      BEDROCK_FINDING_IDS.modelNotInCatalog,
      'launched after the catalog was generated',
    );
    expect(findingsWithId(config, BEDROCK_FINDING_IDS.modelNotInCatalog)).toEqual([]);
    expect(findingsWithId(config, BEDROCK_FINDING_IDS.modelNotInCatalog, { acknowledged: true })).toHaveLength(1);
  });
});
