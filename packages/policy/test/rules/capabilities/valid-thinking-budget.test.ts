import { ModelGroup } from '@litellm-cdk/core';
import { ValidThinkingBudget } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

const model = 'anthropic/claude-3-7-sonnet-20250219';
const withThinking = (budget: number) => ({ model, thinking: { type: 'enabled' as const, budget_tokens: budget } });

describeRule(ValidThinkingBudget, {
  compliant: {
    when: 'a reasoning model thinks within its limits',
    app: (config) => void new ModelGroup(config, 'claude').addDeployment('a', { litellmParams: withThinking(2048) }),
    document: { model_list: [{ model_name: 'claude', litellm_params: withThinking(2048) }] },
  },
  nonCompliant: {
    when: 'the thinking budget is below 1024 tokens',
    app: (config) => void new ModelGroup(config, 'claude').addDeployment('a', { litellmParams: withThinking(512) }),
    document: { model_list: [{ model_name: 'claude', litellm_params: withThinking(512) }] },
    finding: {
      id: 'core/thinking-budget-too-small',
      construct: 'prod/claude/a',
      path: ['model_list', 0, 'litellm_params', 'thinking', 'budget_tokens'],
      message: /Thinking budget 512 .* is below the minimum of 1024 tokens/,
    },
  },
  notApplicable: {
    when: 'no deployment thinks',
    app: (config) => void new ModelGroup(config, 'claude').addDeployment('a', { litellmParams: { model } }),
    document: { model_list: [{ model_name: 'claude', litellm_params: { model } }] },
  },
});
