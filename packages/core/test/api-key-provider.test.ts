import { describe, expect, it } from 'vitest';
import {
  ApiKeyProvider,
  apiKeyProviderImporter,
  CatalogSlice,
  type ImportedGroup,
  ProxyConfig,
  Secret,
  SynthesisError,
  Testing,
  type ReportedFinding,
  verifyImportProposal,
} from '../src/index.js';

function setup() {
  const config = new ProxyConfig(Testing.app({ strict: false }), 'prod');
  return { config };
}

function findingsOf(config: ProxyConfig): readonly ReportedFinding[] {
  try {
    return Testing.synthApp(config).report.findings;
  } catch (error) {
    if (error instanceof SynthesisError) return error.report.findings;
    throw error;
  }
}

describe('CatalogSlice', () => {
  it("keys a provider's models by the id written after its prefix", () => {
    expect(CatalogSlice.of('mistral').find('mistral-large-latest')?.id).toBe('mistral/mistral-large-latest');
    expect(CatalogSlice.of('openai').find('gpt-4o')?.id).toBe('gpt-4o');
    expect(CatalogSlice.of('azure').find('eu/gpt-4o-2024-08-06')?.id).toBe('azure/eu/gpt-4o-2024-08-06');
  });

  it('holds the families the map splits a provider into', () => {
    expect(CatalogSlice.of('fireworks_ai').find('nomic-ai/nomic-embed-text-v1.5')?.mode).toBe('embedding');
    expect(CatalogSlice.of('vertex_ai').find('gemini-2.5-pro')).toBeDefined();
    expect(CatalogSlice.of('no-such-provider').isEmpty).toBe(true);
  });
});

describe('ApiKeyProvider', () => {
  it('serves a model with one deployment per key under <provider>/<model>', () => {
    const { config } = setup();
    const groq = new ApiKeyProvider(config, 'groq', {
      provider: 'groq',
      apiKeys: [Secret.env('GROQ_API_KEY_1'), Secret.env('GROQ_API_KEY_2')],
    });
    groq.addModel('llama', { model: 'llama-3.3-70b-versatile', rpm: 30, params: { timeout: 30 } });
    expect(Testing.template(config).deploymentsOf('llama')).toEqual([
      {
        model_name: 'llama',
        litellm_params: {
          model: 'groq/llama-3.3-70b-versatile',
          api_key: 'os.environ/GROQ_API_KEY_1',
          rpm: 30,
          timeout: 30,
        },
      },
      {
        model_name: 'llama',
        litellm_params: {
          model: 'groq/llama-3.3-70b-versatile',
          api_key: 'os.environ/GROQ_API_KEY_2',
          rpm: 30,
          timeout: 30,
        },
      },
    ]);
    expect(groq.keyNames).toEqual(['GROQ_API_KEY_1', 'GROQ_API_KEY_2']);
  });

  it("warns about a model the provider's catalog slice does not list, with the ids that look alike", () => {
    const { config } = setup();
    const mistral = new ApiKeyProvider(config, 'mistral', {
      provider: 'mistral',
      apiKeys: [Secret.env('MISTRAL_API_KEY')],
    });
    mistral.addModel('large', { model: 'mistral-large-lates' });
    const finding = findingsOf(config).find((f) => f.id === 'mistral/model-not-in-catalog');
    expect(finding).toMatchObject({ severity: 'warning', path: 'prod/mistral/large' });
    expect(finding?.message).toContain("Did you mean 'mistral-large-latest'");
  });

  it('writes the catalog mode of a model that is not a chat model', () => {
    const { config } = setup();
    const mistral = new ApiKeyProvider(config, 'mistral', {
      provider: 'mistral',
      apiKeys: [Secret.env('MISTRAL_API_KEY')],
    });
    mistral.addModel('embed', { model: 'mistral-embed' });
    expect(Testing.template(config).deploymentsOf('embed')[0].model_info).toEqual({ mode: 'embedding' });
  });

  it('creates reasoning-effort variants beside the group', () => {
    const { config } = setup();
    const deepseek = new ApiKeyProvider(config, 'deepseek', {
      provider: 'deepseek',
      apiKeys: [Secret.env('DEEPSEEK_API_KEY')],
    });
    const reasoner = deepseek.addModel('reasoner', { model: 'deepseek-reasoner', reasoningEfforts: ['low', 'high'] });
    expect(deepseek.reasoningEffortVariantsOf(reasoner).map((v) => v.group.modelName)).toEqual([
      'reasoner-low',
      'reasoner-high',
    ]);
    expect(Testing.template(config).deploymentsOf('reasoner-high')[0].litellm_params.reasoning_effort).toBe('high');
    expect(deepseek.reasoningEffortVariant(reasoner, 'low').modelName).toBe('reasoner-low');
    expect(() => deepseek.reasoningEffortVariant(reasoner, 'medium')).toThrow(/its efforts: low, high/);
  });

  it("reports reasoning effort on a model that does not reason, through core's capability checks", () => {
    const { config } = setup();
    const mistral = new ApiKeyProvider(config, 'mistral', {
      provider: 'mistral',
      apiKeys: [Secret.env('MISTRAL_API_KEY')],
    });
    mistral.addModel('small', { model: 'mistral-small-latest', reasoningEfforts: ['high'] });
    expect(
      findingsOf(config)
        .filter((f) => f.id === 'core/reasoning-effort-unsupported')
        .map((f) => f.severity),
    ).toEqual(['error']);
  });

  it('warns about a params key it does not know, with a suggestion', () => {
    const { config } = setup();
    const groq = new ApiKeyProvider(config, 'groq', { provider: 'groq', apiKeys: [Secret.env('GROQ_API_KEY')] });
    groq.addModel('llama', { model: 'llama-3.3-70b-versatile', params: { timout: 5 } as never });
    const finding = findingsOf(config).find((f) => f.id === 'groq/unknown-param');
    expect(finding?.message).toContain("Did you mean 'timeout'");
  });

  it('refuses a name that is not a LiteLLM provider, suggesting the closest', () => {
    const { config } = setup();
    expect(
      () => new ApiKeyProvider(config, 'x', { provider: 'mistrall' as never, apiKeys: [Secret.env('K')] }),
    ).toThrow(/\[prod\/x\] provider 'mistrall' is not a LiteLLM provider.*Did you mean 'mistral'/);
  });

  it('sends providers that need more than a key to their construct', () => {
    const { config } = setup();
    expect(() => new ApiKeyProvider(config, 'x', { provider: 'azure', apiKeys: [Secret.env('K')] })).toThrow(
      /AzureOpenAIProvider of @litellm-cdk\/openai/,
    );
  });

  it('refuses a model written with the provider prefix and an empty key list', () => {
    const { config } = setup();
    const groq = new ApiKeyProvider(config, 'groq', { provider: 'groq', apiKeys: [Secret.env('GROQ_API_KEY')] });
    expect(() => groq.addModel('llama', { model: 'groq/llama-3.3-70b-versatile' })).toThrow(
      /write 'llama-3.3-70b-versatile'/,
    );
    expect(() => new ApiKeyProvider(config, 'y', { provider: 'groq', apiKeys: [] })).toThrow(/apiKeys is empty/);
  });
});

describe("ApiKeyProvider's importer", () => {
  it('gives back one addModel per group, keys, api_base and reasoning-effort variants included', () => {
    const { config } = setup();
    const groq = new ApiKeyProvider(config, 'groq', {
      provider: 'groq',
      apiKeys: [Secret.env('GROQ_API_KEY_1'), Secret.env('GROQ_API_KEY_2')],
      apiBase: Secret.env('GROQ_BASE'),
    });
    groq.addModel('llama', { model: 'llama-3.3-70b-versatile', rpm: 30, params: { timeout: 10 } });
    const deepseek = new ApiKeyProvider(config, 'deepseek', {
      provider: 'deepseek',
      apiKeys: [Secret.env('DEEPSEEK_API_KEY')],
    });
    deepseek.addModel('reasoner', { model: 'deepseek-reasoner', reasoningEfforts: ['low'] });
    const groups = groupsOf(Testing.synth(config).model_list as Record<string, unknown>[]);
    const first = apiKeyProviderImporter.propose(groups, 0)!;
    expect(first.args).toEqual(['llama', { model: 'llama-3.3-70b-versatile', rpm: 30, params: { timeout: 10 } }]);
    expect(
      verifyImportProposal(first.provider, [{ proposal: first, groups: groups.slice(0, 1) }]).difference,
    ).toBeUndefined();
    const second = apiKeyProviderImporter.propose(groups, 1)!;
    expect(second.groups.map((g) => g.modelName)).toEqual(['reasoner', 'reasoner-low']);
    expect(
      verifyImportProposal(second.provider, [{ proposal: second, groups: groups.slice(1, 3) }]).difference,
    ).toBeUndefined();
  });

  it('leaves providers with constructs of their own, and names LiteLLM does not know, to others', () => {
    const groups = groupsOf([
      { model_name: 'a', litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/K' } },
      { model_name: 'b', litellm_params: { model: 'mistralai/mistral-7b', api_key: 'os.environ/K' } },
    ]);
    expect([apiKeyProviderImporter.propose(groups, 0), apiKeyProviderImporter.propose(groups, 1)]).toEqual([
      undefined,
      undefined,
    ]);
  });
});

/** `model_list` entries as consecutive groups, the way `litellm-cdk import` reads them. */
function groupsOf(modelList: readonly Record<string, unknown>[]): ImportedGroup[] {
  const groups: { modelName: string; deployments: ImportedGroup['deployments'][number][] }[] = [];
  modelList.forEach((entry, index) => {
    const deployment = { index, litellmParams: entry.litellm_params as Record<string, unknown> };
    const last = groups[groups.length - 1];
    if (last?.modelName === entry.model_name) last.deployments.push(deployment);
    else groups.push({ modelName: String(entry.model_name), deployments: [deployment] });
  });
  return groups;
}
