import { ProxyConfig, type SynthesisError, Testing, type ReportedFinding } from '@litellm-cdk/core';

/** A fresh app with one config `prod`, for tests that add providers to it. */
export function prodConfig(options: { readonly strict?: boolean } = {}): ProxyConfig {
  return new ProxyConfig(Testing.app({ strict: options.strict ?? false }), 'prod');
}

/** Every finding synth reports for the app of `config`, whether or not synth fails. */
export function findingsOf(config: ProxyConfig): readonly ReportedFinding[] {
  try {
    return Testing.synthApp(config).report.findings;
  } catch (error) {
    // By name rather than instanceof: core may be loaded as another copy.
    if (error instanceof Error && error.name === 'SynthesisError') return (error as SynthesisError).report.findings;
    throw error;
  }
}

/** The findings with `id`, as `[path] message` lines, for readable assertions. */
export function findingLines(config: ProxyConfig, id: string): string[] {
  return findingsOf(config)
    .filter((finding) => finding.id === id)
    .map((finding) => `[${finding.path}] ${finding.message}`);
}
