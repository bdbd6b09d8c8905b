import { GeneralSettings, Secret } from '@litellm-cdk/core';
import { MasterKeyFromSecret } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

describeRule(MasterKeyFromSecret, {
  compliant: {
    when: 'the master key is a secret reference',
    app: (config) => void new GeneralSettings(config, 'General', { master_key: Secret.env('LITELLM_MASTER_KEY') }),
    document: { general_settings: { master_key: 'os.environ/LITELLM_MASTER_KEY' } },
  },
  nonCompliant: {
    when: 'the master key is written out',
    app: (config) => void new GeneralSettings(config, 'General', { master_key: 'sk-1234' }),
    document: { general_settings: { master_key: 'sk-1234' } },
    finding: {
      id: 'core/plaintext-secret',
      construct: 'prod/General',
      path: ['general_settings', 'master_key'],
      message: /master_key holds a plaintext credential/,
    },
  },
  notApplicable: {
    when: 'the config sets no master key (LiteLLM reads LITELLM_MASTER_KEY)',
    app: (config) => void new GeneralSettings(config, 'General', { store_model_in_db: true }),
    document: { general_settings: { store_model_in_db: true } },
  },
});
