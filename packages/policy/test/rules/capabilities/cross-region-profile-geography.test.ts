import { ModelGroup, Secret } from '@litellm-cdk/core';
import { CrossRegionProfileGeography } from '../../../src/index.js';
import { describeRule } from '../../_rule-cases.js';

const model = 'bedrock/eu.anthropic.claude-3-7-sonnet-20250219-v1:0';

describeRule(CrossRegionProfileGeography, {
  compliant: {
    when: 'an eu profile is called from an eu region',
    app: (config) =>
      void new ModelGroup(config, 'claude').addDeployment('a', {
        litellmParams: { model, aws_region_name: 'eu-west-1' },
      }),
    document: { model_list: [{ model_name: 'claude', litellm_params: { model, aws_region_name: 'eu-west-1' } }] },
  },
  nonCompliant: {
    when: 'an eu profile is called from a us region',
    app: (config) =>
      void new ModelGroup(config, 'claude').addDeployment('a', {
        litellmParams: { model, aws_region_name: 'us-east-1' },
      }),
    document: { model_list: [{ model_name: 'claude', litellm_params: { model, aws_region_name: 'us-east-1' } }] },
    finding: {
      id: 'core/cris-region-mismatch',
      construct: 'prod/claude/a',
      path: ['model_list', 0, 'litellm_params', 'aws_region_name'],
      message: /cannot be called from aws_region_name us-east-1/,
    },
  },
  notApplicable: {
    when: 'the region is read from the environment',
    app: (config) =>
      void new ModelGroup(config, 'claude').addDeployment('a', {
        litellmParams: { model, aws_region_name: Secret.env('AWS_REGION_NAME') },
      }),
    document: {
      model_list: [{ model_name: 'claude', litellm_params: { model, aws_region_name: 'os.environ/AWS_REGION_NAME' } }],
    },
  },
});
