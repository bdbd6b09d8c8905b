import { ModelGroup, Router, type ProxyConfig } from '@litellm-cdk/core';
import { RouterTimeoutAndRetries } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

const deployment = (config: ProxyConfig) =>
  void new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
const model_list = [{ model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o' } }];

describeRule(RouterTimeoutAndRetries, {
  compliant: {
    when: 'the router sets timeout and num_retries',
    app: (config) => {
      deployment(config);
      new Router(config, 'Router', { timeout: 30, numRetries: 2 });
    },
    document: { model_list, router_settings: { timeout: 30, num_retries: 2 } },
  },
  nonCompliant: {
    when: 'the router sets a timeout but no retries',
    app: (config) => {
      deployment(config);
      new Router(config, 'Router', { timeout: 30 });
    },
    document: { model_list, router_settings: { timeout: 30 } },
    finding: { construct: 'prod/Router/Resource', path: ['router_settings'], message: /No number of retries is set/ },
  },
  notApplicable: {
    when: 'the config has no deployments to route',
    app: (config) => void new Router(config, 'Router', { routingStrategy: 'simple-shuffle' }),
    document: { router_settings: { routing_strategy: 'simple-shuffle' } },
  },
});
