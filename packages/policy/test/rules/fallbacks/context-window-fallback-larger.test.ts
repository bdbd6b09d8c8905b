import { ModelGroup, type ProxyConfig } from '@litellm-cdk/core';
import { ContextWindowFallbackLarger } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

// gpt-3.5-turbo reads 16,385 input tokens, gpt-4o 128,000 (LiteLLM's model map).
function twoGroups(config: ProxyConfig): { small: ModelGroup; big: ModelGroup } {
  const small = new ModelGroup(config, 'small');
  small.addDeployment('a', { litellmParams: { model: 'openai/gpt-3.5-turbo' } });
  const big = new ModelGroup(config, 'big');
  big.addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
  return { small, big };
}
const models = [
  { model_name: 'small', litellm_params: { model: 'openai/gpt-3.5-turbo' } },
  { model_name: 'big', litellm_params: { model: 'openai/gpt-4o' } },
];

describeRule(ContextWindowFallbackLarger, {
  compliant: {
    when: 'a group falls back to one with a larger window',
    app: (config) => {
      const { small, big } = twoGroups(config);
      small.contextWindowFallbackTo(big);
    },
    document: { model_list: models, router_settings: { context_window_fallbacks: [{ small: ['big'] }] } },
  },
  nonCompliant: {
    when: 'a group falls back to one with a smaller window',
    app: (config) => {
      const { small, big } = twoGroups(config);
      big.contextWindowFallbackTo(small);
    },
    document: { model_list: models, router_settings: { context_window_fallbacks: [{ big: ['small'] }] } },
    finding: {
      construct: 'prod/big',
      path: ['router_settings', 'context_window_fallbacks', 0, 'big', 0],
      message:
        /Context-window fallback of 'big' \(128000 input tokens\) to 'small' \(16385\) does not reach a larger window/,
    },
  },
  notApplicable: {
    when: 'no group has context-window fallbacks',
    app: (config) => void twoGroups(config),
    document: { model_list: models },
  },
});
