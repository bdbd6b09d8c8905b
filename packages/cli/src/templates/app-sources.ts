// The TypeScript sources of a new project: the app file, the construct that describes the proxy, and its test.
// Kept as strings so that the compiled CLI carries them without copying asset files.

/** `main.ts`: the app file that `litellm-cdk.json` runs. */
export const MAIN_TS = `import { App } from '@litellm-cdk/core';
import { LiteLLMBestPractices } from '@litellm-cdk/policy';
import { Gateway } from './gateway.js';
import ProjectRules from './pack.js';

// \`litellm-cdk synth\` runs this file with the output directory in $LITELLM_CDK_OUTDIR.
const app = new App();
new Gateway(app, 'gateway');
LiteLLMBestPractices.applyTo(app);
ProjectRules.applyTo(app);
app.synth();
`;

/** `pack.ts`: the project's own policy pack, applied by main.ts and by \`litellm-cdk validate --policy ./pack.ts\`. */
export const PACK_TS = `import { Compliance, definePolicyRule, isSecretReference, PolicyPack } from '@litellm-cdk/policy';

/**
 * Bedrock deployments call EU regions only. At synth the provider's facts give the region even when the config
 * reads it from the environment; in a hand-written config only a literal aws_region_name can be checked.
 */
export const EuDataResidency = definePolicyRule({
  id: 'project/eu-data-residency',
  severity: 'error',
  appliesTo: 'deployment',
  description: 'Bedrock deployments call EU regions only.',
  explanation: 'Customer data stays in the EU. Fix: deploy the model in an eu-* region, or use its eu. profile.',
  check(deployment) {
    if (!deployment.model?.startsWith('bedrock/')) return Compliance.notApplicable;
    const written = deployment.params.aws_region_name;
    const region = typeof written === 'string' && !isSecretReference(written) ? written : deployment.facts?.region;
    if (region === undefined) return Compliance.notApplicable;
    if (region.startsWith('eu-')) return Compliance.compliant;
    return Compliance.of([
      { message: \`Deployment '\${deployment.modelName}' calls Bedrock in \${region}, outside the EU.\`, path: [...deployment.path, 'litellm_params', 'aws_region_name'] },
    ]);
  },
});

/** This project's rules; add your own with definePolicyRule. */
const ProjectRules = PolicyPack.of({
  name: 'project',
  description: "This project's rules: EU data residency.",
  rules: [EuDataResidency],
});

export default ProjectRules;
`;

/** `gateway.ts`: one Bedrock model and one Gemini model, the second a fallback of the first. */
export const GATEWAY_TS = `import { BedrockCredentials, BedrockProvider } from '@litellm-cdk/bedrock';
import { ProxyConfig, Router, Secret } from '@litellm-cdk/core';
import { GeminiProvider } from '@litellm-cdk/gemini';
import type { Construct } from 'constructs';

/**
 * The LiteLLM proxy, written to config.yaml: Claude on Amazon Bedrock through the EU cross-region inference
 * profile, and Gemini Flash on Google AI Studio, which takes over when Claude fails.
 */
export class Gateway extends ProxyConfig {
  constructor(scope: Construct, id: string) {
    super(scope, id, { fileName: 'config.yaml' });

    // Credentials from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the proxy's environment.
    const bedrock = new BedrockProvider(this, 'bedrock', {
      credentials: [BedrockCredentials.fromEnvironment()],
      regions: { eu: 'eu-central-1' },
    });
    const claude = bedrock.addModel('claude-sonnet', {
      model: 'anthropic.claude-3-7-sonnet-20250219-v1:0',
      geographies: ['eu'],
      rpm: 100, // your quota of this model, account and region
    });

    const gemini = new GeminiProvider(this, 'gemini', { apiKeys: [Secret.env('GEMINI_API_KEY')] });
    const flash = gemini.addModel('gemini-flash', { model: 'gemini-2.5-flash', rpm: 10 });

    claude.fallbackTo(flash);
    new Router(this, 'router', { numRetries: 2, timeout: 120 });
  }
}
`;

/** `gateway.test.ts`: assertions on the synthesized config, in memory. */
export const GATEWAY_TEST_TS = `import { Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { Gateway } from './gateway.js';
import ProjectRules from './pack.js';

function synthesize() {
  return Testing.template(new Gateway(Testing.app(), 'gateway'));
}

describe('Gateway', () => {
  it('serves Claude from Bedrock in the EU and Gemini Flash from Google AI Studio', () => {
    const template = synthesize();
    expect(template.groups).toEqual(['claude-sonnet', 'gemini-flash']);
    for (const deployment of template.deploymentsOf('claude-sonnet')) {
      expect(deployment.litellm_params.model).toMatch(/^bedrock\\/eu\\./);
    }
    expect(template.deploymentsOf('gemini-flash')[0].litellm_params.model).toBe('gemini/gemini-2.5-flash');
  });

  it('falls back from Claude to Gemini Flash', () => {
    expect(synthesize().fallbacksOf('claude-sonnet')).toEqual(['gemini-flash']);
  });

  it('reads every credential from the environment', () => {
    const template = synthesize();
    const values = template.deployments.flatMap((d) => [d.litellm_params.api_key, d.litellm_params.aws_secret_access_key]);
    for (const value of values.filter((v) => v !== undefined)) expect(value).toMatch(/^os\\.environ\\//);
  });

  it('passes validation in strict mode, warnings included', () => {
    const gateway = new Gateway(Testing.app(), 'gateway');
    expect(() => Testing.synthApp(gateway, { strict: true })).not.toThrow();
  });

  it("keeps to the project's rules (pack.ts)", () => {
    const app = Testing.app();
    new Gateway(app, 'gateway');
    ProjectRules.applyTo(app);
    expect(() => Testing.synthApp(app, { strict: true })).not.toThrow();
  });
});
`;
