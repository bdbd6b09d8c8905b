import { Secret, Testing } from '@litellm-cdk/core';
import { LITELLM_PROVIDERS } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import {
  AzureAIProvider,
  AzureCredentials,
  OPENAI_COMPATIBLE_SERVERS,
  OpenAICompatibleProvider,
} from '../src/index.js';
import { findingsOf, findingsWithId, prodConfig } from './_fixtures.js';

describe('AzureAIProvider', () => {
  it('serves a Foundry model from its endpoint, checked against the azure_ai catalog', () => {
    const config = prodConfig();
    const foundry = new AzureAIProvider(config, 'foundry', {
      endpoints: [
        { apiBase: Secret.env('AZURE_AI_API_BASE'), auth: AzureCredentials.apiKey(Secret.env('AZURE_AI_API_KEY')) },
      ],
    });
    foundry.addModel('llama', { model: 'Llama-3.3-70B-Instruct' });
    foundry.addModel('typo', { model: 'Llama-3.3-70B-Instruc' });
    expect(Testing.template(config).deploymentsOf('llama')[0].litellm_params).toEqual({
      model: 'azure_ai/Llama-3.3-70B-Instruct',
      api_base: 'os.environ/AZURE_AI_API_BASE',
      api_key: 'os.environ/AZURE_AI_API_KEY',
    });
    expect(findingsWithId(config, 'azure-ai/model-not-in-catalog').map((f) => f.path)).toEqual(['prod/foundry/typo']);
  });

  it('requires api_base but not api_version', () => {
    const auth = AzureCredentials.apiKey(Secret.env('AZURE_AI_API_KEY'));
    expect(() => new AzureAIProvider(prodConfig(), 'foundry', { endpoints: [{ auth }] })).toThrow(/has no api_base/);
    expect(
      () => new AzureAIProvider(prodConfig(), 'foundry', { endpoints: [{ apiBase: Secret.env('B'), auth }] }),
    ).not.toThrow();
  });
});

describe('OpenAICompatibleProvider', () => {
  it('offers only LiteLLM providers as servers', () => {
    for (const server of OPENAI_COMPATIBLE_SERVERS) expect(LITELLM_PROVIDERS).toContain(server);
  });

  it('serves a model from each server, with no catalog warning', () => {
    const config = prodConfig();
    const vllm = new OpenAICompatibleProvider(config, 'vllm', {
      server: 'hosted_vllm',
      endpoints: [
        { apiBase: 'http://vllm-a.internal:8000/v1' },
        { apiBase: 'http://vllm-b.internal:8000/v1', apiKey: Secret.env('VLLM_API_KEY') },
      ],
    });
    vllm.addModel('llama-local', { model: 'meta-llama/Llama-3.1-8B-Instruct' });
    expect(Testing.template(config).deploymentsOf('llama-local')).toEqual([
      {
        model_name: 'llama-local',
        litellm_params: {
          model: 'hosted_vllm/meta-llama/Llama-3.1-8B-Instruct',
          api_base: 'http://vllm-a.internal:8000/v1',
        },
      },
      {
        model_name: 'llama-local',
        litellm_params: {
          model: 'hosted_vllm/meta-llama/Llama-3.1-8B-Instruct',
          api_base: 'http://vllm-b.internal:8000/v1',
          api_key: 'os.environ/VLLM_API_KEY',
        },
      },
    ]);
    expect(vllm.deployments.map((d) => d.node.id)).toEqual(['vllm-a.internal:8000', 'vllm-b.internal:8000']);
    expect(findingsOf(config).filter((f) => f.id.endsWith('model-not-in-catalog') && f.severity !== 'info')).toEqual(
      [],
    );
  });

  it('requires api_base on every server', () => {
    expect(
      () =>
        new OpenAICompatibleProvider(prodConfig(), 'ollama', { server: 'ollama_chat', endpoints: [{ apiBase: '' }] }),
    ).toThrow(/\[prod\/ollama\] endpoints\[0\] has no apiBase/);
    expect(
      () =>
        new OpenAICompatibleProvider(prodConfig(), 'ollama', {
          server: 'ollama_chat',
          endpoints: [{ apiBase: 'localhost' }],
        }),
    ).toThrow(/is not a URL/);
    expect(
      () =>
        new OpenAICompatibleProvider(prodConfig(), 'x', {
          server: 'vllm' as never,
          endpoints: [{ apiBase: 'http://h' }],
        }),
    ).toThrow(/is not one of/);
  });
});
