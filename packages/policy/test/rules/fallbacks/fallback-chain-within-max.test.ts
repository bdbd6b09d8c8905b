import { ModelGroup, Router, type ProxyConfig } from '@litellm-cdk/core';
import { FallbackChainWithinMax } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

function groups(config: ProxyConfig, ...names: string[]): ModelGroup[] {
  return names.map((name) => {
    const group = new ModelGroup(config, name);
    group.addDeployment('a', { litellmParams: { model: 'openai/gpt-4o-mini' } });
    return group;
  });
}
const entries = (...names: string[]) => names.map((name) => ({ model_name: name, litellm_params: { model: 'openai/gpt-4o-mini' } }));

describeRule(FallbackChainWithinMax, {
  compliant: {
    when: 'the chain is within the default max_fallbacks',
    app: (config) => {
      const [a, b, c] = groups(config, 'a', 'b', 'c');
      a.fallbackTo(b);
      b.fallbackTo(c);
    },
    document: { model_list: entries('a', 'b', 'c'), router_settings: { fallbacks: [{ a: ['b'] }, { b: ['c'] }] } },
  },
  nonCompliant: {
    when: 'fallbacks of fallbacks reach more groups than max_fallbacks',
    app: (config) => {
      const [a, b, c] = groups(config, 'a', 'b', 'c');
      a.fallbackTo(b);
      b.fallbackTo(c);
      new Router(config, 'Router', { maxFallbacks: 1 });
    },
    document: { model_list: entries('a', 'b', 'c'), router_settings: { max_fallbacks: 1, fallbacks: [{ a: ['b'] }, { b: ['c'] }] } },
    finding: {
      construct: 'prod/a',
      path: ['router_settings', 'fallbacks', 0],
      message: /Group 'a' can fall back through 2 groups \(b, c\), more than max_fallbacks 1: c is never tried/,
    },
  },
  notApplicable: {
    when: 'no group has fallbacks',
    app: (config) => void groups(config, 'a', 'b'),
    document: { model_list: entries('a', 'b') },
  },
});
