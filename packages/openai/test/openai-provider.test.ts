import { Secret, Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { OpenAIProvider } from '../src/index.js';
import { findingsWithId, prodConfig } from './_fixtures.js';

describe('OpenAIProvider', () => {
  it('serves a model with one deployment per key and organization, load-balanced', () => {
    const config = prodConfig();
    const openai = new OpenAIProvider(config, 'openai', {
      apiKeys: [
        Secret.env('OPENAI_API_KEY'),
        { apiKey: Secret.env('OPENAI_API_KEY_RESEARCH'), organization: Secret.env('OPENAI_ORG_RESEARCH') },
      ],
    });
    openai.addModel('gpt-4o', { model: 'gpt-4o', rpm: 500, tpm: 200_000 });
    expect(Testing.template(config).deploymentsOf('gpt-4o')).toEqual([
      {
        model_name: 'gpt-4o',
        litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/OPENAI_API_KEY', rpm: 500, tpm: 200000 },
      },
      {
        model_name: 'gpt-4o',
        litellm_params: {
          model: 'openai/gpt-4o',
          api_key: 'os.environ/OPENAI_API_KEY_RESEARCH',
          organization: 'os.environ/OPENAI_ORG_RESEARCH',
          rpm: 500,
          tpm: 200000,
        },
      },
    ]);
    expect(openai.keyNames).toEqual(['OPENAI_API_KEY', 'OPENAI_API_KEY_RESEARCH']);
  });

  it('creates one group per reasoning effort for a reasoning model', () => {
    const config = prodConfig();
    const openai = new OpenAIProvider(config, 'openai', { apiKeys: [Secret.env('OPENAI_API_KEY')] });
    const o3 = openai.addModel('o3', { model: 'o3', reasoningEfforts: ['low', 'high'] });
    const template = Testing.template(config);
    expect(template.deploymentsOf('o3')[0].litellm_params).not.toHaveProperty('reasoning_effort');
    expect(template.deploymentsOf('o3-low')[0].litellm_params.reasoning_effort).toBe('low');
    expect(template.deploymentsOf('o3-high')[0].litellm_params.reasoning_effort).toBe('high');
    expect(openai.reasoningEffortVariant(o3, 'high').modelName).toBe('o3-high');
  });

  it('names variants by the provider-wide rule unless the model has its own', () => {
    const config = prodConfig();
    const openai = new OpenAIProvider(config, 'openai', {
      apiKeys: [Secret.env('OPENAI_API_KEY')],
      reasoningEffortVariantName: (name, effort) => `${name}:${effort}`,
    });
    const o3 = openai.addModel('o3', { model: 'o3', reasoningEfforts: ['high'] });
    const mini = openai.addModel('o4-mini', {
      model: 'o4-mini',
      reasoningEfforts: ['low'],
      reasoningEffortVariantName: (name) => `${name}-fast`,
    });
    expect(openai.reasoningEffortVariantsOf(o3).map((v) => v.group.modelName)).toEqual(['o3:high']);
    expect(openai.reasoningEffortVariantsOf(mini).map((v) => v.group.modelName)).toEqual(['o4-mini-fast']);
  });

  it('reports reasoning effort on gpt-4o, which does not reason', () => {
    const config = prodConfig();
    new OpenAIProvider(config, 'openai', { apiKeys: [Secret.env('OPENAI_API_KEY')] }).addModel('gpt-4o', {
      model: 'gpt-4o',
      reasoningEfforts: ['high'],
    });
    expect(findingsWithId(config, 'core/reasoning-effort-unsupported').map((f) => f.path)).toEqual([
      'prod/openai/gpt-4o-high/OPENAI_API_KEY',
    ]);
  });

  it("warns about a model OpenAI's catalog does not list, suggesting the closest ids", () => {
    const config = prodConfig();
    new OpenAIProvider(config, 'openai', { apiKeys: [Secret.env('OPENAI_API_KEY')] }).addModel('gpt', {
      model: 'gpt-4oo',
    });
    const [finding] = findingsWithId(config, 'openai/model-not-in-catalog');
    expect(finding).toMatchObject({ severity: 'warning', path: 'prod/openai/gpt' });
    expect(finding.message).toMatch(/model 'gpt-4oo' is not in the OpenAI model catalog .* Did you mean 'gpt-4o'/);
  });

  it('writes the catalog mode of an embedding model', () => {
    const config = prodConfig();
    new OpenAIProvider(config, 'openai', { apiKeys: [Secret.env('OPENAI_API_KEY')] }).addModel('embed', {
      model: 'text-embedding-3-small',
    });
    expect(Testing.template(config).deploymentsOf('embed')[0].model_info).toEqual({ mode: 'embedding' });
  });

  it("reports a plaintext key through core's secret checks", () => {
    const config = prodConfig();
    new OpenAIProvider(config, 'openai', { apiKeys: ['sk-live-123'] }).addModel('gpt-4o', { model: 'gpt-4o' });
    expect(findingsWithId(config, 'core/plaintext-secret').map((f) => f.severity)).toEqual(['error']);
  });

  it('refuses keys it cannot tell apart', () => {
    const config = prodConfig();
    expect(() => new OpenAIProvider(config, 'a', { apiKeys: [] })).toThrow(/\[prod\/a\] apiKeys is empty/);
    expect(() => new OpenAIProvider(config, 'b', { apiKeys: [Secret.env('K'), Secret.env('K')] })).toThrow(
      /same key and organization at positions 1 and 2/,
    );
    expect(
      () =>
        new OpenAIProvider(config, 'c', {
          apiKeys: [
            { apiKey: Secret.env('K'), organization: 'org-a' },
            { apiKey: Secret.env('K'), organization: 'org-b' },
          ],
        }),
    ).toThrow(/both named 'K'.*give each a name/);
  });

  it('refuses a model written with openai/', () => {
    const openai = new OpenAIProvider(prodConfig(), 'openai', { apiKeys: [Secret.env('OPENAI_API_KEY')] });
    expect(() => openai.addModel('gpt-4o', { model: 'openai/gpt-4o' })).toThrow(
      /\[prod\/openai\/gpt-4o\] model 'openai\/gpt-4o'.*write 'gpt-4o'/,
    );
  });
});
