import { ModelGroup } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { NoDuplicateDeployments } from '../../../src/index.js';
import { describeRule, synthResult } from '../../_rule-cases.js';

describeRule(NoDuplicateDeployments, {
  compliant: {
    when: 'the deployments of a group call different endpoints',
    app: (config) => {
      const group = new ModelGroup(config, 'gpt');
      group.addDeployment('a', { litellmParams: { model: 'azure/gpt-4o', api_base: 'https://eu.example.com' } });
      group.addDeployment('b', { litellmParams: { model: 'azure/gpt-4o', api_base: 'https://us.example.com' } });
    },
    document: {
      model_list: [
        { model_name: 'gpt', litellm_params: { model: 'azure/gpt-4o', api_base: 'https://eu.example.com' } },
        { model_name: 'gpt', litellm_params: { model: 'azure/gpt-4o', api_base: 'https://us.example.com' } },
      ],
    },
  },
  nonCompliant: {
    when: 'two deployments call the same endpoint with different limits',
    app: (config) => {
      const group = new ModelGroup(config, 'gpt');
      group.addDeployment('a', {
        litellmParams: { model: 'azure/gpt-4o', api_base: 'https://eu.example.com', rpm: 100 },
      });
      group.addDeployment('b', {
        litellmParams: { model: 'azure/gpt-4o', api_base: 'https://eu.example.com', rpm: 200 },
      });
    },
    document: {
      model_list: [
        { model_name: 'gpt', litellm_params: { model: 'azure/gpt-4o', api_base: 'https://eu.example.com', rpm: 100 } },
        { model_name: 'gpt', litellm_params: { model: 'azure/gpt-4o', api_base: 'https://eu.example.com', rpm: 200 } },
      ],
    },
    finding: {
      construct: 'prod/gpt/b',
      path: ['model_list', 1],
      message: /model_list\[1\] calls the same endpoint as model_list\[0\]/,
    },
  },
  notApplicable: {
    when: 'every group has one deployment',
    app: (config) =>
      void new ModelGroup(config, 'gpt').addDeployment('a', { litellmParams: { model: 'azure/gpt-4o' } }),
    document: { model_list: [{ model_name: 'gpt', litellm_params: { model: 'azure/gpt-4o' } }] },
  },
});

describe('best-practices/no-duplicate-deployments with identical entries', () => {
  it("reports core's duplicate-deployment finding as its own result, once", () => {
    const { result, report } = synthResult(NoDuplicateDeployments, (config) => {
      const group = new ModelGroup(config, 'gpt');
      group.addDeployment('a', { litellmParams: { model: 'azure/gpt-4o', api_base: 'https://eu.example.com' } });
      group.addDeployment('b', { litellmParams: { model: 'azure/gpt-4o', api_base: 'https://eu.example.com' } });
    });
    expect(result.findings.map((f) => [f.id, f.path])).toEqual([['core/duplicate-deployment', 'prod/gpt/b']]);
    expect(report.findings.filter((f) => f.path === 'prod/gpt/b').map((f) => f.id)).toEqual([
      'core/duplicate-deployment',
    ]);
  });
});
