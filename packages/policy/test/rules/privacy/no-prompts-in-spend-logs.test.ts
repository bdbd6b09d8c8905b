import { GeneralSettings } from '@litellm-cdk/core';
import { NoPromptsInSpendLogs } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

describeRule(NoPromptsInSpendLogs, {
  compliant: {
    when: 'spend logs are kept without prompts',
    app: (config) => void new GeneralSettings(config, 'General', { store_prompts_in_spend_logs: false }),
    document: { general_settings: { store_prompts_in_spend_logs: false } },
  },
  nonCompliant: {
    when: 'prompts are stored in the spend logs',
    app: (config) => void new GeneralSettings(config, 'General', { store_prompts_in_spend_logs: true }),
    document: { general_settings: { store_prompts_in_spend_logs: true } },
    finding: {
      construct: 'prod/General',
      path: ['general_settings', 'store_prompts_in_spend_logs'],
      message: /store_prompts_in_spend_logs is true: every prompt and response is stored/,
    },
  },
  notApplicable: {
    when: 'spend logs are disabled',
    app: (config) => void new GeneralSettings(config, 'General', { disable_spend_logs: true }),
    document: { general_settings: { disable_spend_logs: true } },
  },
});
