// Shared set-up of the Bedrock tests: an app with one config, a provider, and the findings of a synth.
import { ProxyConfig, Testing, type ReportedFinding, type ValidationReport } from '@litellm-cdk/core';
import { BedrockProvider, type BedrockProviderProps } from '../src/index.js';

/** The Claude model whose profiles (us, eu) and limits (8,192 output tokens) the tests rely on. */
export const SONNET_3_7 = 'anthropic.claude-3-7-sonnet-20250219-v1:0';

/** A test app with the config `prod` and the provider `prod/bedrock`. */
export function setup(props: BedrockProviderProps = { regions: { eu: 'eu-central-1', us: 'us-east-1' } }) {
  const app = Testing.app();
  const config = new ProxyConfig(app, 'prod');
  const bedrock = new BedrockProvider(config, 'bedrock', props);
  return { app, config, bedrock };
}

/** Every finding of synthesizing the app of `config`, whether synth passes or fails. */
export function findingsOf(config: ProxyConfig): readonly ReportedFinding[] {
  try {
    return Testing.synthApp(config).report.findings;
  } catch (error) {
    const report = (error as { report?: ValidationReport }).report;
    if (report) return report.findings;
    throw error;
  }
}

/** The findings with `id`, as `[path] message` lines (unacknowledged ones only unless asked). */
export function findingsWithId(
  config: ProxyConfig,
  id: string,
  options: { readonly acknowledged?: boolean } = {},
): ReportedFinding[] {
  return findingsOf(config).filter(
    (f) => f.id === id && (options.acknowledged ?? false) === (f.acknowledged !== undefined),
  );
}

/** The `litellm_params.model` of every deployment of a group, in order. */
export function modelsOf(config: ProxyConfig, group: string): string[] {
  return Testing.template(config)
    .deploymentsOf(group)
    .map((d) => d.litellm_params.model);
}
