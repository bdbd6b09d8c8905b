import { ModelGroup } from '@litellm-cdk/core';
import { SingleModePerGroup } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

describeRule(SingleModePerGroup, {
  compliant: {
    when: 'every deployment of the group is a chat model',
    app: (config) => {
      const group = new ModelGroup(config, 'gpt');
      group.addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
      group.addDeployment('b', { litellmParams: { model: 'openai/gpt-4o-mini' } });
    },
    document: {
      model_list: [
        { model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o' } },
        { model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o-mini' } },
      ],
    },
  },
  nonCompliant: {
    when: 'a group mixes a chat and an embedding model',
    app: (config) => {
      const group = new ModelGroup(config, 'mixed');
      group.addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
      group.addDeployment('b', { litellmParams: { model: 'openai/text-embedding-3-small' } });
    },
    document: {
      model_list: [
        { model_name: 'mixed', litellm_params: { model: 'openai/gpt-4o' } },
        { model_name: 'mixed', litellm_params: { model: 'openai/text-embedding-3-small' } },
      ],
    },
    finding: {
      id: 'core/mixed-modes',
      construct: 'prod/mixed/b',
      path: ['model_list', 1],
      message: /Model group 'mixed' mixes modes: chat .* and embedding/,
    },
  },
  notApplicable: {
    when: 'every group has one deployment',
    app: (config) =>
      void new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } }),
    document: { model_list: [{ model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o' } }] },
  },
});
