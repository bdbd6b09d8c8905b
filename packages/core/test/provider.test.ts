import { describe, expect, it } from 'vitest';
import { ModelDeployment, Provider, ProxyConfig, Secret, Testing } from '../src/index.js';
import { OpenAIProvider } from './fixtures/openai-provider.js';

describe('Provider', () => {
  it('creates deployments whose model string is the provider prefix and the model id', () => {
    const prod = new ProxyConfig(Testing.app(), 'prod');
    const openai = new OpenAIProvider(prod, 'openai', {
      apiKeys: [Secret.env('OPENAI_KEY_1'), Secret.env('OPENAI_KEY_2')],
    });
    openai.addModel('gpt-4o', { model: 'gpt-4o', rpm: 100 });
    expect(Testing.template(prod).deploymentsOf('gpt-4o')).toEqual([
      {
        model_name: 'gpt-4o',
        litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/OPENAI_KEY_1', rpm: 100 },
      },
      {
        model_name: 'gpt-4o',
        litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/OPENAI_KEY_2', rpm: 100 },
      },
    ]);
  });

  it('records facts for each deployment so aspects need not parse model strings', () => {
    const prod = new ProxyConfig(Testing.app(), 'prod');
    const openai = new OpenAIProvider(prod, 'openai', { apiKeys: [Secret.env('K')] });
    const [deployment] = openai.addModel('gpt-4o', { model: 'gpt-4o' }).deployments;
    expect(deployment.facts).toMatchObject({
      provider: 'openai',
      modelId: 'gpt-4o',
      credentialSet: 'key1',
      providerConstruct: openai,
    });
    expect(deployment.facts.catalogEntry?.mode).toBe('chat');
    expect(Provider.of(deployment)).toBe(openai);
    expect(openai.deployments).toEqual([deployment]);
    expect(Provider.isProvider(openai)).toBe(true);
  });

  it('places its groups below itself, so aspects added to the provider reach exactly its models', () => {
    const prod = new ProxyConfig(Testing.app(), 'prod');
    const openai = new OpenAIProvider(prod, 'openai', { apiKeys: [Secret.env('K')] });
    openai.addModel('gpt-4o', { model: 'gpt-4o' });
    expect(ModelDeployment.all(openai).map((d) => d.node.path)).toEqual(['prod/openai/gpt-4o/key1']);
  });

  it('reports a model outside the catalog as a warning with its path', () => {
    const prod = new ProxyConfig(Testing.app(), 'prod');
    new OpenAIProvider(prod, 'openai', { apiKeys: [Secret.env('K')] }).addModel('custom', { model: 'my-finetune-x' });
    const report = Testing.synthApp(prod).report;
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        id: 'openai/model-not-in-catalog',
        path: 'prod/openai/custom/key1',
        severity: 'warning',
      }),
    );
  });
});
