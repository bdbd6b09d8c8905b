import { Credential, Secret } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import {
  AzureAIProvider,
  AzureCredentials,
  AzureOpenAIProvider,
  importers,
  OpenAICompatibleProvider,
  OpenAIProvider,
} from '../src/index.js';
import { prodConfig } from './_fixtures.js';
import { groupsOf, importGroups, roundTrip } from './_round-trip.js';

describe('the importers of @litellm-cdk/openai', () => {
  it('give back one addModel per OpenAI model, keys and organizations and reasoning-effort variants included', () => {
    const config = prodConfig();
    const openai = new OpenAIProvider(config, 'openai', {
      apiKeys: [
        Secret.env('OPENAI_API_KEY'),
        { apiKey: Secret.env('OPENAI_API_KEY_2'), organization: Secret.env('OPENAI_ORG') },
      ],
    });
    openai.addModel('gpt-4o', { model: 'gpt-4o', rpm: 100, params: { timeout: 30 } });
    openai.addModel('o3', { model: 'o3', reasoningEfforts: ['low', 'high'] });
    openai.addModel('embed', { model: 'text-embedding-3-small' });
    const results = roundTrip(importers, config);
    expect(results.map((r) => [r.importer, r.groups, r.difference])).toEqual([
      ['OpenAIProvider', ['gpt-4o'], undefined],
      ['OpenAIProvider', ['o3', 'o3-low', 'o3-high'], undefined],
      ['OpenAIProvider', ['embed'], undefined],
    ]);
    expect(results[1].args).toEqual(['o3', { model: 'o3', reasoningEfforts: ['low', 'high'] }]);
  });

  it('give back Azure deployments with their base model and each kind of sign-in', () => {
    const config = prodConfig();
    const azure = new AzureOpenAIProvider(config, 'azure', {
      apiVersion: '2024-10-21',
      endpoints: [
        { apiBase: 'https://acme-se.openai.azure.com', auth: AzureCredentials.apiKey(Secret.env('AZURE_API_KEY')) },
        {
          apiBase: Secret.env('AZURE_API_BASE_US'),
          auth: AzureCredentials.servicePrincipal({
            tenantId: Secret.env('T'),
            clientId: Secret.env('C'),
            clientSecret: Secret.env('S'),
          }),
        },
      ],
    });
    azure.addModel('gpt-4o', { deployment: 'gpt-4o-prod', baseModel: 'eu/gpt-4o-2024-08-06', rpm: 300 });
    azure.addModel('o3-mini', { deployment: 'o3-mini', reasoningEfforts: ['high'] });
    expect(roundTrip(importers, config).map((r) => [r.importer, r.groups, r.difference])).toEqual([
      ['AzureOpenAIProvider', ['gpt-4o'], undefined],
      ['AzureOpenAIProvider', ['o3-mini', 'o3-mini-high'], undefined],
    ]);
  });

  it('give back Azure AI Foundry models and OpenAI-compatible servers', () => {
    const config = prodConfig();
    new AzureAIProvider(config, 'foundry', {
      endpoints: [{ apiBase: Secret.env('B'), auth: AzureCredentials.apiKey(Secret.env('K')) }],
    }).addModel('llama', {
      model: 'Llama-3.3-70B-Instruct',
    });
    const vllm = new OpenAICompatibleProvider(config, 'vllm', {
      server: 'hosted_vllm',
      endpoints: [{ apiBase: 'http://a:8000/v1' }, { apiBase: 'http://b:8000/v1', apiKey: Secret.env('VLLM_API_KEY') }],
    });
    vllm.addModel('local', { model: 'meta-llama/Llama-3.1-8B-Instruct', rpm: 60 });
    new OpenAICompatibleProvider(config, 'gateway', {
      server: 'openai',
      endpoints: [{ apiBase: Secret.env('GATEWAY_URL') }],
    }).addModel('house', { model: 'house-model' });
    expect(roundTrip(importers, config).map((r) => [r.importer, r.groups, r.difference])).toEqual([
      ['AzureAIProvider', ['llama'], undefined],
      ['OpenAICompatibleProvider', ['local'], undefined],
      ['OpenAICompatibleProvider', ['house'], undefined],
    ]);
  });

  it('propose nothing for what the constructs cannot write: mixed models, unknown keys, Azure without api_version, shared credentials', () => {
    const entries = [
      { model_name: 'mixed', litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/A' } },
      {
        model_name: 'mixed',
        litellm_params: {
          model: 'azure/gpt-4o',
          api_key: 'os.environ/B',
          api_base: 'https://x.openai.azure.com',
          api_version: 'v',
        },
      },
      { model_name: 'odd', litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/A', custom_header: 1 } },
      {
        model_name: 'no-version',
        litellm_params: { model: 'azure/gpt-4o', api_key: 'os.environ/B', api_base: 'https://x.openai.azure.com' },
      },
      { model_name: 'shared', litellm_params: { model: 'azure/gpt-4o', litellm_credential_name: 'azure' } },
    ];
    expect(importGroups(importers, groupsOf(entries)).map((r) => r.importer)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('leave a credential_list entry to the raw deployment it was', () => {
    const config = prodConfig();
    const shared = new Credential(config, 'c', {
      credential_name: 'c',
      credential_values: { api_key: Secret.env('K'), api_base: Secret.env('B'), api_version: 'v' },
      credential_info: {},
    });
    new AzureOpenAIProvider(config, 'azure', {
      endpoints: [{ auth: AzureCredentials.fromCredential(shared) }],
    }).addModel('gpt-4o', { deployment: 'gpt-4o' });
    expect(roundTrip(importers, config).map((r) => r.importer)).toEqual([undefined]);
  });
});
