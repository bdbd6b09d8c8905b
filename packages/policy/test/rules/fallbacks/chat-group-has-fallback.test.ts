import { ModelGroup, Router } from '@litellm-cdk/core';
import { ChatGroupHasFallback } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

const gpt = { model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o' } };
const claude = { model_name: 'claude', litellm_params: { model: 'anthropic/claude-3-7-sonnet-20250219' } };

describeRule(ChatGroupHasFallback, {
  compliant: {
    when: 'every chat group reaches another group through default_fallbacks',
    app: (config) => {
      const a = new ModelGroup(config, 'gpt');
      a.addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
      const b = new ModelGroup(config, 'claude');
      b.addDeployment('a', { litellmParams: { model: 'anthropic/claude-3-7-sonnet-20250219' } });
      new Router(config, 'Router', { defaultFallbacks: [a, b] });
    },
    document: { model_list: [gpt, claude], router_settings: { default_fallbacks: ['gpt', 'claude'] } },
  },
  nonCompliant: {
    when: 'a chat group has no fallback',
    app: (config) => void new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } }),
    document: { model_list: [gpt] },
    finding: { construct: 'prod/gpt', path: ['model_list', 0], message: /Chat group 'gpt' has no general fallback/ },
  },
  notApplicable: {
    when: 'the only group serves embeddings',
    app: (config) => void new ModelGroup(config, 'embed').addDeployment('a', { litellmParams: { model: 'openai/text-embedding-3-small' } }),
    document: { model_list: [{ model_name: 'embed', litellm_params: { model: 'openai/text-embedding-3-small' } }] },
  },
});
