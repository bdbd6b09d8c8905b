import type { Severity } from '../validation/finding.js';

/** One finding of synth, tied to the construct the user has to change. */
export interface ReportedFinding {
  readonly severity: Severity;
  readonly id: string;
  readonly message: string;
  readonly hint?: string;
  /** The construct path, e.g. `prod/bedrock/claude-3-7-sonnet/eu`. */
  readonly path: string;
  /** The config file the finding is about, when it is about a rendered document. */
  readonly config?: string;
  /** Where in that document, e.g. `model_list[3].litellm_params.api_key`. */
  readonly location?: string;
  /** Where the finding came from: `core`, or the name of a policy pack. */
  readonly source: string;
  /** Set when an acknowledgement on this construct or an ancestor accepts the finding. */
  readonly acknowledged?: { readonly reason: string; readonly by: string };
}

/** An acknowledgement as recorded, with how many findings it accepted. */
export interface ReportedAcknowledgement {
  readonly path: string;
  readonly id: string;
  readonly reason: string;
  readonly matched: number;
}

/** `validation-report.json`: every finding and acknowledgement by construct path, and the verdict. */
export interface ValidationReport {
  readonly version: string;
  readonly strict: boolean;
  /** `passed` when nothing fails synth. */
  readonly conclusion: 'passed' | 'failed';
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly info: number;
    readonly acknowledged: number;
  };
  readonly findings: readonly ReportedFinding[];
  readonly acknowledgements: readonly ReportedAcknowledgement[];
  /** Sections added by extensions (policy packs), by name. */
  readonly sections: Readonly<Record<string, unknown>>;
}

/** Whether a finding fails synth: an unacknowledged error, or in strict mode an unacknowledged warning. */
export function isBlocking(finding: ReportedFinding, strict: boolean): boolean {
  if (finding.acknowledged) return false;
  return finding.severity === 'error' || (strict && finding.severity === 'warning');
}
