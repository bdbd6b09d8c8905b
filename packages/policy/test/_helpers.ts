import { SynthesisError, Testing, type App, type ValidationReport } from '@litellm-cdk/core';
import type { PolicyReport, PolicyReportRule } from '../src/index.js';

/** Synthesizes the app in memory and returns its validation report, whether synth passed or failed. */
export function synthReport(app: App, options: { readonly strict?: boolean } = {}): ValidationReport {
  try {
    return Testing.synthApp(app, options).report;
  } catch (error) {
    if (error instanceof SynthesisError) return error.report;
    throw error;
  }
}

/** The `policy` section of the report. */
export function policySection(report: ValidationReport): PolicyReport {
  const section = report.sections.policy as PolicyReport | undefined;
  if (!section)
    throw new Error(`The report has no policy section; it has: ${Object.keys(report.sections).join(', ') || 'none'}.`);
  return section;
}

/** One rule's entry in the policy section of `app`'s report. */
export function ruleResult(app: App, ruleId: string, pack = 'best-practices'): PolicyReportRule {
  const found = policySection(synthReport(app))
    .packs.find((p) => p.name === pack)
    ?.rules.find((r) => r.id === ruleId);
  if (!found) throw new Error(`No result for rule '${ruleId}' of pack '${pack}'.`);
  return found;
}
