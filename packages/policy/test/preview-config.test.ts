import { Credential, ModelDeployment, ModelGroup, ProxyConfig, Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { DeploymentRateLimits, NoPlaintextSecrets, PolicyPack } from '../src/index.js';
import { policySection, synthReport } from './_helpers.js';

// The synth-side read model: what rules see of the tree must be what the config renders to.
describe('the config rules see at synth', () => {
  it('includes values set through escape-hatch overrides', () => {
    const app = Testing.app();
    const config = new ProxyConfig(app, 'prod');
    const deployment = new ModelDeployment(config, 'Gpt', {
      model_name: 'gpt',
      litellm_params: { model: 'openai/gpt-4o' },
    });
    deployment.addOverride('litellm_params.rpm', 100);
    PolicyPack.of({ name: 'limits', rules: [DeploymentRateLimits] }).applyTo(app);
    expect(policySection(synthReport(app)).packs[0].rules[0].status).toBe('compliant');
  });

  it('includes constructs whose values have no public getter, such as credentials', () => {
    const app = Testing.app();
    const config = new ProxyConfig(app, 'prod');
    new Credential(config, 'Azure', {
      credential_name: 'azure',
      credential_values: {
        api_base: 'https://x.openai.azure.com',
        token_hint: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      },
    });
    PolicyPack.of({ name: 'secrets', rules: [NoPlaintextSecrets] }).applyTo(app);
    const [finding] = policySection(synthReport(app)).packs[0].rules[0].findings;
    expect(finding).toMatchObject({
      path: 'prod/Azure',
      location: 'credential_list[0].credential_values.token_hint',
      message: expect.stringContaining('a GitHub token'),
    });
  });

  it('merges included configs, annotating their constructs and locating findings in their own file', () => {
    const app = Testing.app();
    const models = new ProxyConfig(app, 'models');
    new ModelGroup(models, 'b').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o-mini' } });
    const main = new ProxyConfig(app, 'prod', { include: [models] });
    new ModelGroup(main, 'a').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o', rpm: 5 } });
    PolicyPack.of({ name: 'limits', rules: [DeploymentRateLimits] }).applyTo(app);

    const rule = policySection(synthReport(app)).packs[0].rules[0];
    expect(rule.findings.map((f) => [f.path, f.config, f.location])).toEqual([
      ['models/b/a', 'models.yaml', 'model_list[0]'],
    ]);
    expect(rule.subjects).toEqual({ compliant: 1, nonCompliant: 1, notApplicable: 0 });
  });
});
