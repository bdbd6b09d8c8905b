import { ModelGroup } from '@litellm-cdk/core';
import { PromptCachingSupported } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

const points = [{ location: 'message' as const, role: 'system' as const }];

describeRule(PromptCachingSupported, {
  compliant: {
    when: 'cache points are injected into a model that caches prompts',
    app: (config) =>
      void new ModelGroup(config, 'claude').addDeployment('a', {
        litellmParams: { model: 'anthropic/claude-3-7-sonnet-20250219', cache_control_injection_points: points },
      }),
    document: {
      model_list: [
        {
          model_name: 'claude',
          litellm_params: { model: 'anthropic/claude-3-7-sonnet-20250219', cache_control_injection_points: points },
        },
      ],
    },
  },
  nonCompliant: {
    when: 'cache points are injected into an embedding model',
    app: (config) =>
      void new ModelGroup(config, 'embed').addDeployment('a', {
        litellmParams: { model: 'openai/text-embedding-3-small', cache_control_injection_points: points },
      }),
    document: {
      model_list: [
        {
          model_name: 'embed',
          litellm_params: { model: 'openai/text-embedding-3-small', cache_control_injection_points: points },
        },
      ],
    },
    finding: {
      id: 'core/prompt-caching-unsupported',
      construct: 'prod/embed/a',
      path: ['model_list', 0, 'litellm_params', 'cache_control_injection_points'],
      message: /cannot use cache_control_injection_points: it is an embedding model/,
    },
  },
  notApplicable: {
    when: 'no deployment injects cache points',
    app: (config) =>
      void new ModelGroup(config, 'claude').addDeployment('a', {
        litellmParams: { model: 'anthropic/claude-3-7-sonnet-20250219' },
      }),
    document: {
      model_list: [{ model_name: 'claude', litellm_params: { model: 'anthropic/claude-3-7-sonnet-20250219' } }],
    },
  },
});
