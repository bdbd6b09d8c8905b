import { GeneralSettings, ModelGroup } from '@litellm-cdk/core';
import { DeploymentRateLimits } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

describeRule(DeploymentRateLimits, {
  compliant: {
    when: 'every deployment has rpm or tpm',
    app: (config) => {
      const group = new ModelGroup(config, 'gpt');
      group.addDeployment('a', { litellmParams: { model: 'openai/gpt-4o', rpm: 500 } });
      group.addDeployment('b', { litellmParams: { model: 'openai/gpt-4o-mini', tpm: 200_000 } });
    },
    document: {
      model_list: [
        { model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o', rpm: 500 } },
        { model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o-mini', tpm: 200_000 } },
      ],
    },
  },
  nonCompliant: {
    when: 'a deployment has neither',
    app: (config) =>
      void new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } }),
    document: { model_list: [{ model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o' } }] },
    finding: {
      construct: 'prod/gpt/a',
      path: ['model_list', 0],
      message: /model_list\[0\] of 'gpt' \(openai\/gpt-4o\) has neither rpm nor tpm/,
    },
  },
  notApplicable: {
    when: 'the config has no deployments',
    app: (config) => void new GeneralSettings(config, 'General', { store_model_in_db: true }),
    document: { general_settings: { store_model_in_db: true } },
  },
});
