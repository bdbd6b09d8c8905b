import { ModelGroup, RouterSettings } from '@litellm-cdk/core';
import { NoUnknownSettings } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

describeRule(NoUnknownSettings, {
  compliant: {
    when: 'every settings key is known',
    app: (config) => void new RouterSettings(config, 'RouterSettings', { num_retries: 2 }),
    document: { router_settings: { num_retries: 2 } },
  },
  nonCompliant: {
    when: 'a router_settings key is misspelt',
    app: (config) => void new RouterSettings(config, 'RouterSettings', { num_retriess: 2 }),
    document: { router_settings: { num_retriess: 2 } },
    finding: {
      id: 'core/unknown-key',
      construct: 'prod/RouterSettings',
      path: ['router_settings', 'num_retriess'],
      message: /router_settings has no key 'num_retriess'/,
    },
  },
  notApplicable: {
    when: 'the config has no settings sections',
    app: (config) =>
      void new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } }),
    document: { model_list: [{ model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o' } }] },
  },
});
