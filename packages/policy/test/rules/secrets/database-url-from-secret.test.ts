import { GeneralSettings, Secret } from '@litellm-cdk/core';
import { DatabaseUrlFromSecret } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

describeRule(DatabaseUrlFromSecret, {
  compliant: {
    when: 'the database URL is a secret reference',
    app: (config) => void new GeneralSettings(config, 'General', { database_url: Secret.env('DATABASE_URL') }),
    document: { general_settings: { database_url: 'os.environ/DATABASE_URL' } },
  },
  nonCompliant: {
    when: 'the database URL is written out, even without a password',
    app: (config) =>
      void new GeneralSettings(config, 'General', { database_url: 'postgresql://litellm@db.internal:5432/litellm' }),
    document: { general_settings: { database_url: 'postgresql://litellm@db.internal:5432/litellm' } },
    finding: {
      construct: 'prod/General',
      path: ['general_settings', 'database_url'],
      message: /database_url is written out literally/,
    },
  },
  notApplicable: {
    when: 'the config sets no database URL',
    app: (config) => void new GeneralSettings(config, 'General', { store_model_in_db: false }),
    document: { general_settings: { store_model_in_db: false } },
  },
});
