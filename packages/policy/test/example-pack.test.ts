import { ModelGroup, ProxyConfig, Secret, Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { evaluatePackOnDocument } from '../src/index.js';
import { AcmePlatformPack, EuDataResidency, TeamTagged } from './fixtures/example-pack.js';
import { policySection, synthReport } from './_helpers.js';

// The worked example of docs/policy.md.
function acmeApp(region: string, tags: string[]) {
  const app = Testing.app();
  const group = new ModelGroup(new ProxyConfig(app, 'prod'), 'claude');
  group.addDeployment('a', {
    litellmParams: {
      model: 'bedrock/anthropic.claude-3-haiku-20240307-v1:0',
      aws_region_name: Secret.env('AWS_REGION_NAME'),
      tags,
    },
    // What a provider library records: the region is known at synth even though the config reads it from the environment.
    facts: { provider: 'bedrock', modelId: 'anthropic.claude-3-haiku-20240307-v1:0', region },
  });
  AcmePlatformPack.applyTo(app);
  return policySection(synthReport(app)).packs[0];
}

describe('the example third-party pack', () => {
  it('passes a tagged deployment in an EU region', () => {
    const pack = acmeApp('eu-central-1', ['team:search']);
    expect(pack.conclusion).toBe('passed');
    expect(pack.rules.map((r) => [r.id, r.status])).toEqual([
      [TeamTagged.id, 'compliant'],
      [EuDataResidency.id, 'compliant'],
      ['best-practices/no-plaintext-secrets', 'compliant'],
    ]);
  });

  it('flags a deployment outside the EU using the facts its provider recorded, and a missing team tag', () => {
    const pack = acmeApp('us-east-1', []);
    expect(pack.conclusion).toBe('failed');
    expect(pack.rules.flatMap((r) => r.findings.map((f) => [f.id, f.path, f.message]))).toEqual([
      [TeamTagged.id, 'prod/claude/a', "Deployment 'claude' (model_list[0]) has no team:<name> tag."],
      [EuDataResidency.id, 'prod/claude/a', "Deployment 'claude' calls Bedrock in us-east-1, outside the EU."],
    ]);
  });

  it('checks a literal region in a hand-written config, and cannot check one read from the environment', () => {
    const entry = (region: string) => ({
      model_name: 'claude',
      litellm_params: {
        model: 'bedrock/anthropic.claude-3-haiku-20240307-v1:0',
        aws_region_name: region,
        tags: ['team:search'],
      },
    });
    const residency = (region: string) =>
      evaluatePackOnDocument(AcmePlatformPack, {
        file: 'config.yaml',
        content: { model_list: [entry(region)] },
      }).rules.find((r) => r.rule.id === EuDataResidency.id)!;
    expect(residency('us-west-2').findings.map((f) => f.path)).toEqual([
      ['model_list', 0, 'litellm_params', 'aws_region_name'],
    ]);
    expect(residency('os.environ/AWS_REGION_NAME').subjects).toEqual({
      compliant: 0,
      nonCompliant: 0,
      notApplicable: 1,
    });
  });
});
