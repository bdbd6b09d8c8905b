// Shared set-up of the Anthropic package's tests: an app with one config, and the findings of a synth.
import { ProxyConfig, Testing, type ReportedFinding, type ValidationReport } from '@litellm-cdk/core';

/** A test app (not strict) with the config `prod`. */
export function prodConfig(): ProxyConfig {
  return new ProxyConfig(Testing.app({ strict: false }), 'prod');
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

/** The findings with `id`. */
export function findingsWithId(config: ProxyConfig, id: string): ReportedFinding[] {
  return findingsOf(config).filter((f) => f.id === id);
}
