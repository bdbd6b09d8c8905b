import { ConfigSection, ModelGroup, Secret } from '@litellm-cdk/core';
import { NoPlaintextSecrets } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

describeRule(NoPlaintextSecrets, {
  compliant: {
    when: 'every credential is a secret reference',
    app: (config) => {
      new ModelGroup(config, 'gpt').addDeployment('a', {
        litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('OPENAI_API_KEY') },
      });
    },
    document: {
      model_list: [
        { model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/OPENAI_API_KEY' } },
      ],
    },
  },
  nonCompliant: {
    when: 'a callback setting holds a value shaped like an API key under a key core does not know',
    app: (config) => {
      new ModelGroup(config, 'gpt').addDeployment('a', {
        litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('OPENAI_API_KEY') },
      });
      new ConfigSection(config, 'Callbacks', {
        key: 'callback_settings',
        value: { otel: { headers: { 'x-team-token': 'sk-ant-api03-abcdefghijklmnopqrstuv' } } },
      });
    },
    document: {
      model_list: [
        { model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o', api_key: 'os.environ/OPENAI_API_KEY' } },
      ],
      callback_settings: { otel: { headers: { 'x-team-token': 'sk-ant-api03-abcdefghijklmnopqrstuv' } } },
    },
    finding: {
      construct: 'prod/Callbacks',
      path: ['callback_settings', 'otel', 'headers', 'x-team-token'],
      message:
        /callback_settings\.otel\.headers\.x-team-token holds what looks like an OpenAI, Anthropic or LiteLLM style API key/,
    },
  },
  notApplicable: {
    when: 'the config references no credentials at all',
    app: (config) => {
      new ModelGroup(config, 'llama').addDeployment('a', {
        litellmParams: { model: 'ollama/llama3', api_base: 'http://ollama:11434' },
      });
    },
    document: {
      model_list: [
        { model_name: 'llama', litellm_params: { model: 'ollama/llama3', api_base: 'http://ollama:11434' } },
      ],
    },
  },
});
