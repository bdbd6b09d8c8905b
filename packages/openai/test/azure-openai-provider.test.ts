import { Credential, LitellmSettings, Secret, Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { AzureCredentials, AzureOpenAIProvider } from '../src/index.js';
import { findingsWithId, prodConfig } from './_fixtures.js';

const SWEDEN = {
  region: 'swedencentral',
  apiBase: 'https://acme-se.openai.azure.com',
  auth: AzureCredentials.apiKey(Secret.env('AZURE_API_KEY_SE')),
};

describe('AzureOpenAIProvider', () => {
  it('serves a deployment with its base model, api_base and api_version, one deployment per endpoint', () => {
    const config = prodConfig();
    const azure = new AzureOpenAIProvider(config, 'azure', {
      apiVersion: '2024-10-21',
      endpoints: [
        SWEDEN,
        {
          region: 'eastus2',
          apiBase: Secret.env('AZURE_API_BASE_US'),
          auth: AzureCredentials.servicePrincipal({
            tenantId: Secret.env('AZURE_TENANT_ID'),
            clientId: Secret.env('AZURE_CLIENT_ID'),
            clientSecret: Secret.env('AZURE_CLIENT_SECRET'),
          }),
        },
      ],
    });
    azure.addModel('gpt-4o', { deployment: 'gpt-4o-prod', baseModel: 'gpt-4o-2024-08-06', rpm: 300 });
    expect(Testing.template(config).deploymentsOf('gpt-4o')).toEqual([
      {
        model_name: 'gpt-4o',
        litellm_params: {
          model: 'azure/gpt-4o-prod',
          api_base: 'https://acme-se.openai.azure.com',
          api_version: '2024-10-21',
          api_key: 'os.environ/AZURE_API_KEY_SE',
          rpm: 300,
        },
        model_info: { base_model: 'azure/gpt-4o-2024-08-06' },
      },
      {
        model_name: 'gpt-4o',
        litellm_params: {
          model: 'azure/gpt-4o-prod',
          api_base: 'os.environ/AZURE_API_BASE_US',
          api_version: '2024-10-21',
          tenant_id: 'os.environ/AZURE_TENANT_ID',
          client_id: 'os.environ/AZURE_CLIENT_ID',
          client_secret: 'os.environ/AZURE_CLIENT_SECRET',
          rpm: 300,
        },
        model_info: { base_model: 'azure/gpt-4o-2024-08-06' },
      },
    ]);
    expect(azure.deployments.map((d) => d.facts.region)).toEqual(['swedencentral', 'eastus2']);
  });

  it('takes regional prices as the base model', () => {
    const config = prodConfig();
    new AzureOpenAIProvider(config, 'azure', { apiVersion: '2024-10-21', endpoints: [SWEDEN] }).addModel('gpt-4o', {
      deployment: 'gpt-4o-eu',
      baseModel: 'eu/gpt-4o-2024-08-06',
    });
    expect(findingsWithId(config, 'azure/model-not-in-catalog')).toEqual([]);
    expect(Testing.template(config).deploymentsOf('gpt-4o')[0].model_info).toEqual({
      base_model: 'azure/eu/gpt-4o-2024-08-06',
    });
  });

  it('asks for baseModel when the deployment name is not a catalog model', () => {
    const config = prodConfig();
    new AzureOpenAIProvider(config, 'azure', { apiVersion: '2024-10-21', endpoints: [SWEDEN] }).addModel('chat', {
      deployment: 'team-chat',
    });
    const [finding] = findingsWithId(config, 'azure/model-not-in-catalog');
    expect(finding.message).toContain("deployment 'team-chat' is not in the Azure OpenAI model catalog");
    expect(finding.hint).toContain("Set baseModel to the model deployment 'team-chat' serves");
  });

  it('suggests catalog ids for a misspelled base model', () => {
    const config = prodConfig();
    new AzureOpenAIProvider(config, 'azure', { apiVersion: '2024-10-21', endpoints: [SWEDEN] }).addModel('gpt-4o', {
      deployment: 'gpt-4o-prod',
      baseModel: 'gpt-4o-2024-08-6',
    });
    expect(findingsWithId(config, 'azure/model-not-in-catalog')[0].message).toContain(
      "Did you mean 'gpt-4o-2024-08-06'",
    );
  });

  it('checks reasoning effort against the base model', () => {
    const config = prodConfig();
    new AzureOpenAIProvider(config, 'azure', { apiVersion: '2024-10-21', endpoints: [SWEDEN] }).addModel('gpt-4o', {
      deployment: 'gpt-4o-prod',
      baseModel: 'gpt-4o-2024-08-06',
      reasoningEffort: 'high',
    });
    expect(findingsWithId(config, 'core/reasoning-effort-unsupported')).toHaveLength(1);
  });

  it('requires api_base and api_version on every endpoint', () => {
    const config = prodConfig();
    const auth = AzureCredentials.apiKey(Secret.env('AZURE_API_KEY'));
    expect(() => new AzureOpenAIProvider(config, 'a', { apiVersion: '2024-10-21', endpoints: [{ auth }] })).toThrow(
      /\[prod\/a\] endpoints\[0\] \('endpoint1'\) has no api_base/,
    );
    expect(
      () => new AzureOpenAIProvider(config, 'b', { endpoints: [{ apiBase: Secret.env('AZURE_API_BASE'), auth }] }),
    ).toThrow(/\[prod\/b\] endpoints\[0\] \('endpoint1'\) has no api_version/);
    expect(
      () =>
        new AzureOpenAIProvider(config, 'c', {
          apiVersion: '2024-10-21',
          endpoints: [{ apiBase: 'acme.openai.azure.com', auth }],
        }),
    ).toThrow(/is not an https URL/);
    expect(() => new AzureOpenAIProvider(config, 'd', { apiVersion: '2024-10-21', endpoints: [] })).toThrow(
      /endpoints is empty/,
    );
  });

  it('reuses a credential_list entry, which may hold api_base and api_version', () => {
    const config = prodConfig();
    const shared = new Credential(config, 'azure-shared', {
      credential_name: 'azure-shared',
      credential_values: {
        api_key: Secret.env('AZURE_API_KEY'),
        api_base: Secret.env('AZURE_API_BASE'),
        api_version: '2024-10-21',
      },
      credential_info: { description: 'Azure OpenAI, shared by the team' },
    });
    new AzureOpenAIProvider(config, 'azure', {
      endpoints: [{ auth: AzureCredentials.fromCredential(shared) }],
    }).addModel('gpt-4o', {
      deployment: 'gpt-4o',
    });
    const synthesized = Testing.synth(config) as { model_list: unknown[]; credential_list: unknown[] };
    expect(synthesized.model_list).toEqual([
      { model_name: 'gpt-4o', litellm_params: { model: 'azure/gpt-4o', litellm_credential_name: 'azure-shared' } },
    ]);
    expect(synthesized.credential_list).toHaveLength(1);
  });

  it('renders each Entra ID sign-in as LiteLLM reads it', () => {
    expect(
      AzureCredentials.usernamePassword({ username: Secret.env('U'), password: Secret.env('P'), clientId: 'app-id' })
        .litellmParams,
    ).toEqual({
      azure_username: Secret.env('U'),
      azure_password: Secret.env('P'),
      client_id: 'app-id',
    });
    expect(
      AzureCredentials.adToken(Secret.oidc('azure', 'api://AzureADTokenExchange')).litellmParams.azure_ad_token,
    ).toEqual(Secret.oidc('azure', 'api://AzureADTokenExchange'));
  });

  it('requires token refresh in litellm_settings for the default Azure credential', () => {
    const without = prodConfig();
    const endpoint = { apiBase: Secret.env('AZURE_API_BASE'), auth: AzureCredentials.defaultCredential() };
    new AzureOpenAIProvider(without, 'azure', { apiVersion: '2024-10-21', endpoints: [endpoint] }).addModel('gpt-4o', {
      deployment: 'gpt-4o',
    });
    expect(findingsWithId(without, 'azure/token-refresh-disabled').map((f) => [f.severity, f.path])).toEqual([
      ['error', 'prod/azure'],
    ]);

    const withRefresh = prodConfig();
    new LitellmSettings(withRefresh, 'settings', { enable_azure_ad_token_refresh: true });
    new AzureOpenAIProvider(withRefresh, 'azure', { apiVersion: '2024-10-21', endpoints: [endpoint] }).addModel(
      'gpt-4o',
      { deployment: 'gpt-4o' },
    );
    expect(findingsWithId(withRefresh, 'azure/token-refresh-disabled')).toEqual([]);
  });

  it('reports a plaintext client secret', () => {
    const config = prodConfig();
    new AzureOpenAIProvider(config, 'azure', {
      apiVersion: '2024-10-21',
      endpoints: [
        {
          apiBase: Secret.env('AZURE_API_BASE'),
          auth: AzureCredentials.servicePrincipal({ tenantId: 't', clientId: 'c', clientSecret: 'hunter2' }),
        },
      ],
    }).addModel('gpt-4o', { deployment: 'gpt-4o' });
    expect(
      findingsWithId(config, 'core/plaintext-secret')
        .map((f) => f.message)
        .join(),
    ).toContain('client_secret');
  });
});
