import { ModelGroup, Router } from '@litellm-cdk/core';
import { ChatGroupHasFallback } from '../../../src/index.js';
import { describe, expect, it } from 'vitest';
import { describeRule, documentResult } from '../../_rule-cases.js';

const gpt = { model_name: 'gpt', litellm_params: { model: 'openai/gpt-4o' } };
const claude = { model_name: 'claude', litellm_params: { model: 'anthropic/claude-3-7-sonnet-20250219' } };

describeRule(ChatGroupHasFallback, {
  compliant: {
    when: 'every chat group reaches another group through default_fallbacks',
    app: (config) => {
      const a = new ModelGroup(config, 'gpt');
      a.addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
      const b = new ModelGroup(config, 'claude');
      b.addDeployment('a', { litellmParams: { model: 'anthropic/claude-3-7-sonnet-20250219' } });
      new Router(config, 'Router', { defaultFallbacks: [a, b] });
    },
    document: { model_list: [gpt, claude], router_settings: { default_fallbacks: ['gpt', 'claude'] } },
  },
  nonCompliant: {
    when: 'a chat group has no fallback',
    app: (config) =>
      void new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } }),
    document: { model_list: [gpt] },
    finding: { construct: 'prod/gpt', path: ['model_list', 0], message: /Chat group 'gpt' has no general fallback/ },
  },
  notApplicable: {
    when: 'the only group serves embeddings',
    app: (config) =>
      void new ModelGroup(config, 'embed').addDeployment('a', {
        litellmParams: { model: 'openai/text-embedding-3-small' },
      }),
    document: { model_list: [{ model_name: 'embed', litellm_params: { model: 'openai/text-embedding-3-small' } }] },
  },
});

describe('best-practices/chat-group-has-fallback with a generic "*" rule', () => {
  const models = (...names: string[]) =>
    names.map((name) => ({ model_name: name, litellm_params: { model: 'openai/gpt-4o' } }));

  it('counts the "*" rule as the fallback of every group without a rule of its own', () => {
    const result = documentResult(ChatGroupHasFallback, {
      model_list: models('main', 'other', 'backup'),
      router_settings: { fallbacks: [{ '*': ['backup'] }] },
    });
    // backup's generic fallback is itself, which LiteLLM skips.
    expect(result.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/Chat group 'backup' has no general fallback/),
    ]);
    expect(result.subjects.compliant).toBe(2);
  });

  it('follows a group\'s own empty rule instead of the "*" rule', () => {
    const result = documentResult(ChatGroupHasFallback, {
      model_list: models('main', 'backup'),
      router_settings: { fallbacks: [{ '*': ['backup'] }, { main: [] }] },
    });
    expect(result.findings.map((f) => f.path)).toEqual([
      ['model_list', 0],
      ['model_list', 1],
    ]);
  });

  it('does not check a wildcard group, which is never requested by its name', () => {
    const result = documentResult(ChatGroupHasFallback, {
      model_list: [{ model_name: 'openai/*', litellm_params: { model: 'openai/*' } }],
    });
    expect(result).toMatchObject({ status: 'not-applicable', findings: [] });
  });
});
