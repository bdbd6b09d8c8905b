// `litellm-cdk import` of OpenAI, Azure, Anthropic, OpenAI-compatible and other API-key deployments: the providers'
// constructs, not raw deployments, and the same config back. Own fixtures, so it runs without LiteLLM's corpus.
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverImporters } from '../src/import/discover-importers.js';
import { importConfig } from '../src/import/import-config.js';
import { loadConfigYaml } from '../src/validate/pyyaml-parse.js';
import { ImportWorkspace } from './_import-workspace.js';
import { removeTemporaryDirectories } from './e2e/_harness.js';

const importers = await discoverImporters();
afterAll(removeTemporaryDirectories);

const CONFIG = `model_list:
  - model_name: gpt-4o
    litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY, rpm: 500}
  - model_name: gpt-4o
    litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY_2, organization: os.environ/OPENAI_ORG, rpm: 500}
  - model_name: o3
    litellm_params: {model: openai/o3, api_key: os.environ/OPENAI_API_KEY}
  - model_name: o3-high
    litellm_params: {model: openai/o3, api_key: os.environ/OPENAI_API_KEY, reasoning_effort: high}
  - model_name: azure-gpt-4o
    litellm_params:
      model: azure/gpt-4o-prod
      api_base: https://acme-se.openai.azure.com
      api_version: '2024-10-21'
      api_key: os.environ/AZURE_API_KEY
      timeout: 30
    model_info: {base_model: azure/gpt-4o-2024-08-06}
  - model_name: claude
    litellm_params:
      model: anthropic/claude-sonnet-4-5
      api_key: os.environ/ANTHROPIC_API_KEY
      cache_control_injection_points: [{location: message, role: system}]
  - model_name: claude-think-4096
    litellm_params:
      model: anthropic/claude-sonnet-4-5
      api_key: os.environ/ANTHROPIC_API_KEY
      thinking: {type: enabled, budget_tokens: 4096}
      cache_control_injection_points: [{location: message, role: system}]
  - model_name: llama-local
    litellm_params: {model: hosted_vllm/meta-llama/Llama-3.1-8B-Instruct, api_base: 'http://vllm:8000/v1'}
  - model_name: mistral-large
    litellm_params: {model: mistral/mistral-large-latest, api_key: os.environ/MISTRAL_API_KEY}
router_settings:
  fallbacks: [{gpt-4o: [azure-gpt-4o]}]
`;

describe('import of OpenAI, Azure, Anthropic, self-hosted and API-key deployments', () => {
  const workspace = new ImportWorkspace();

  it('writes one provider construct per family and one addModel per group, variants included, and synthesizes the same config', async () => {
    const main = workspace.write('providers/config.yaml', CONFIG);
    const imported = importConfig(main, { importers });
    for (const construct of [
      'OpenAIProvider',
      'AzureOpenAIProvider',
      'AnthropicProvider',
      'OpenAICompatibleProvider',
      'ApiKeyProvider',
    ]) {
      expect(imported.source).toContain(`new ${construct}(`);
    }
    expect(imported.source).not.toContain('addDeployment(');
    expect(imported.source).toContain("reasoningEfforts: ['high']");
    expect(imported.source).toContain('thinkingBudgets: [4096]');
    expect(imported.source).toContain("baseModel: 'gpt-4o-2024-08-06'");
    const { documents, report } = await workspace.synthesize(imported);
    expect(documents[path.basename(main)]).toEqual(loadConfigYaml(CONFIG));
    expect(report.acknowledgements.filter((ack) => ack.matched === 0)).toEqual([]);
  });

  it('keeps as raw deployments what the providers would write differently: Azure without api_version', async () => {
    const yaml = `model_list:
  - model_name: azure-old
    litellm_params: {model: azure/gpt-4, api_key: os.environ/AZURE_API_KEY, api_base: 'https://x.openai.azure.com/'}
`;
    const imported = importConfig(workspace.write('raw/config.yaml', yaml), { importers });
    expect(imported.source).toContain('addDeployment(');
    expect(imported.source).not.toContain('AzureOpenAIProvider');
    const { documents } = await workspace.synthesize(imported);
    expect(documents['config.yaml']).toEqual(loadConfigYaml(yaml));
  });
});
