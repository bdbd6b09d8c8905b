import { readFileSync } from 'node:fs';
import { Annotations, crossRegionProfiles } from '@litellm-cdk/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { BEDROCK_FINDING_IDS, BedrockModels, type BedrockBaseModelId, type BedrockModelId, type BedrockModelOptions } from '../src/index.js';
import { DEFAULT_OUT_FILE, renderCatalogSource } from '../scripts/generate-catalog.js';
import { FIXTURE_MODEL_MAP, MODEL_MAP, sharedMaterial } from '../../../test-support/shared-material.js';
import { findingsWithId, modelsOf, setup, SONNET_3_7 } from './_fixtures.js';

const REAL_MODEL_MAP = sharedMaterial(MODEL_MAP, "the committed Bedrock catalog compared with LiteLLM's model map");

describe('the generated catalog', () => {
  it.skipIf(!REAL_MODEL_MAP)('is what a fresh run of the generator writes from the model map', () => {
    const fresh = renderCatalogSource(JSON.parse(readFileSync(REAL_MODEL_MAP!, 'utf8')));
    expect(readFileSync(DEFAULT_OUT_FILE, 'utf8')).toBe(fresh);
  });

  it('renders the same text from the same data, with no timestamp and rows sorted by id', () => {
    const modelMap = JSON.parse(readFileSync(REAL_MODEL_MAP ?? FIXTURE_MODEL_MAP, 'utf8')) as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(modelMap).reverse());
    const source = renderCatalogSource(modelMap);
    expect(renderCatalogSource(reversed)).toBe(source);
    expect(source).not.toMatch(/20\d\d-\d\d-\d\dT/);
    expect(BedrockModels.ids()).toEqual([...BedrockModels.ids()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('knows the profiles, limits and capabilities of Claude 3.7 Sonnet', () => {
    expect(BedrockModels.find(SONNET_3_7)).toEqual({
      entry: SONNET_3_7,
      profiles: ['us', 'eu'],
      mode: 'chat',
      maxOutputTokens: 8192,
      supportsReasoning: true,
      supportsPromptCaching: true,
    });
  });

  it('lists the same profile geographies as core for every base model', () => {
    for (const id of BedrockModels.ids()) expect([id, BedrockModels.profiles(id)]).toEqual([id, crossRegionProfiles(id)]);
  });

  it('has a row for a model the map lists only as profiles, read from its first profile', () => {
    expect(BedrockModels.find('deepseek.r1-v1:0')).toMatchObject({ entry: 'us.deepseek.r1-v1:0', profiles: ['us'], supportsReasoning: true });
  });

  it('finds a profile id by its base model, and nothing for pricing keys or unknown ids', () => {
    expect(BedrockModels.find(`eu.${SONNET_3_7}`)?.entry).toBe(SONNET_3_7);
    expect(BedrockModels.profiles('anthropic.claude-haiku-4-5-20251001-v1:0')).toEqual(['global', 'us', 'eu', 'apac', 'jp', 'au']);
    expect(BedrockModels.has('bedrock/us-east-1/anthropic.claude-v2:1')).toBe(false);
    expect(BedrockModels.has('anthropic.claude-9')).toBe(false);
  });

  it('rejects a model map that is not an object', () => {
    expect(() => renderCatalogSource([])).toThrow('must be a JSON object');
  });
});

describe('typed model ids', () => {
  it('offers the catalog ids and still accepts any string', () => {
    expectTypeOf<typeof SONNET_3_7>().toExtend<BedrockBaseModelId>();
    expectTypeOf<'anthropic.claude-9'>().not.toExtend<BedrockBaseModelId>();
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
    Annotations.of(group).acknowledge(BEDROCK_FINDING_IDS.modelNotInCatalog, 'launched after the catalog was generated');
    expect(findingsWithId(config, BEDROCK_FINDING_IDS.modelNotInCatalog)).toEqual([]);
    expect(findingsWithId(config, BEDROCK_FINDING_IDS.modelNotInCatalog, { acknowledged: true })).toHaveLength(1);
  });
});

