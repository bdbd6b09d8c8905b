import { ModelGroup, Router, type ProxyConfig } from '@litellm-cdk/core';
import { FallbackChainWithinMax } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';
import { describeRule, documentResult } from '../../_rule-cases.js';

function groups(config: ProxyConfig, ...names: string[]): ModelGroup[] {
  return names.map((name) => {
    const group = new ModelGroup(config, name);
    group.addDeployment('a', { litellmParams: { model: 'openai/gpt-4o-mini' } });
    return group;
  });
}
const entries = (...names: string[]) =>
  names.map((name) => ({ model_name: name, litellm_params: { model: 'openai/gpt-4o-mini' } }));

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
    when: 'a group is reached only through fallbacks of fallbacks deeper than max_fallbacks',
    app: (config) => {
      const [a, b, c] = groups(config, 'a', 'b', 'c');
      a.fallbackTo(b);
      b.fallbackTo(c);
      new Router(config, 'Router', { maxFallbacks: 1 });
    },
    document: {
      model_list: entries('a', 'b', 'c'),
      router_settings: { max_fallbacks: 1, fallbacks: [{ a: ['b'] }, { b: ['c'] }] },
    },
    finding: {
      construct: 'prod/a',
      path: ['router_settings', 'fallbacks', 0],
      message:
        /Group 'a' falls back to 'c' only through fallbacks of fallbacks deeper than max_fallbacks 1: 'c' is never tried/,
    },
  },
  notApplicable: {
    when: 'no group has fallbacks',
    app: (config) => void groups(config, 'a', 'b'),
    document: { model_list: entries('a', 'b') },
  },
});

describe('best-practices/fallback-chain-within-max counts depth as LiteLLM does', () => {
  const check = (routerSettings: Record<string, unknown>, ...names: string[]) =>
    documentResult(FallbackChainWithinMax, { model_list: entries(...names), router_settings: routerSettings });
  const siblings = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];

  it('tries every group of one rule, however many it lists', () => {
    expect(check({ fallbacks: [{ main: siblings }] }, 'main', ...siblings)).toMatchObject({
      status: 'compliant',
      findings: [],
    });
  });

  it('lets a group fall back in its turn while the depth it was called with is below max_fallbacks', () => {
    // b1 is called at depth 1, so its own fallback level starts: c is tried.
    expect(check({ fallbacks: [{ main: siblings }, { b1: ['c'] }] }, 'main', ...siblings, 'c').status).toBe(
      'compliant',
    );
  });

  it('reports the first group only a fallback called at depth max_fallbacks or deeper would reach', () => {
    // b6 is called at depth 6 (one more per group tried before it), so its fallbacks c and d are never tried.
    const result = check(
      { fallbacks: [{ main: siblings }, { b6: ['c'] }, { c: ['d'] }] },
      'main',
      ...siblings,
      'c',
      'd',
    );
    expect(
      result.findings.filter((f) => f.path.join('.') === 'router_settings.fallbacks.0').map((f) => f.message),
    ).toEqual([
      "Group 'main' falls back to 'c' only through fallbacks of fallbacks deeper than max_fallbacks 5: 'c' (and 'd') are never tried.",
    ]);
  });

  it('follows the generic "*" rule, and reports at its path', () => {
    const result = check({ max_fallbacks: 1, fallbacks: [{ '*': ['b'] }, { b: ['c'] }] }, 'a', 'b', 'c');
    expect(result.findings.map((f) => [f.path, f.message])).toEqual([
      [['router_settings', 'fallbacks', 0, '*'], expect.stringMatching(/Group 'a' falls back to 'c' only through/)],
    ]);
  });

  it('tries nothing when max_fallbacks is 0', () => {
    expect(check({ max_fallbacks: 0, fallbacks: [{ a: ['b'] }] }, 'a', 'b').findings.map((f) => f.message)).toEqual([
      "Group 'a' falls back to 'b' only through fallbacks of fallbacks deeper than max_fallbacks 0: 'b' is never tried.",
    ]);
  });
});
