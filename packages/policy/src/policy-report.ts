import type { ReportedFinding, Severity } from '@litellm-cdk/core';
import type { EvaluatedFinding, SubjectStatus } from './_evaluate.js';
import { isAcknowledgementReasonTooShort, SHORT_ACKNOWLEDGEMENT_REASON_NOTE } from './acknowledge.js';
import type { PackRecord } from './_policy-run.js';

/** The name of the section policy packs add to `validation-report.json`. */
export const POLICY_REPORT_SECTION = 'policy';

/** @internal A finding a pack recorded at synth, with where it was annotated. */
export interface RecordedFinding extends EvaluatedFinding {
  /** The construct the finding is about. */
  readonly constructPath: string;
  /** The config file the finding is about. */
  readonly config: string;
  /** Where in that file, e.g. `model_list[3].litellm_params.api_key`. */
  readonly location: string;
}

/** One finding of a rule in the report, with its acknowledgement. */
export interface PolicyReportFinding {
  /** The finding's id: the rule's, or the core id for rules that reuse a core check. */
  readonly id: string;
  readonly severity: Severity;
  /** The construct path. */
  readonly path: string;
  readonly message: string;
  readonly hint?: string;
  readonly config: string;
  readonly location: string;
  readonly acknowledged: boolean;
  /** The acknowledgement's reason, when acknowledged. */
  readonly reason?: string;
  /** The construct the acknowledgement was recorded on, when acknowledged. */
  readonly acknowledgedBy?: string;
  /**
   * Why an acknowledgement that matched the finding does not count, e.g. `acknowledgement reason shorter than 10
   * characters ("ok" on prod/gpt)`.
   * @default - none: no acknowledgement was refused
   */
  readonly notAcknowledgedBecause?: string;
}

/**
 * A rule's result: `non-compliant` when a finding is not acknowledged, `acknowledged` when every finding is,
 * `compliant` when it checked something and found nothing, `not-applicable` when nothing it checks exists.
 */
export type PolicyRuleStatus = 'compliant' | 'non-compliant' | 'acknowledged' | 'not-applicable';

/** One rule's entry in the report. */
export interface PolicyReportRule {
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
  readonly status: PolicyRuleStatus;
  /** How many subjects (deployments, groups or configs) were compliant, non-compliant, not applicable. */
  readonly subjects: { readonly compliant: number; readonly nonCompliant: number; readonly notApplicable: number };
  readonly findings: readonly PolicyReportFinding[];
}

/** One pack's entry: `failed` when any error or warning of its rules is not acknowledged. */
export interface PolicyReportPack {
  readonly name: string;
  readonly description?: string;
  readonly conclusion: 'passed' | 'failed';
  readonly rules: readonly PolicyReportRule[];
}

/** The `policy` section of `validation-report.json`. */
export interface PolicyReport {
  readonly packs: readonly PolicyReportPack[];
}

/**
 * @internal Builds the section from what the packs recorded and the final findings (acknowledgements applied). */
export function buildPolicyReport(
  records: readonly PackRecord[],
  finalFindings: readonly ReportedFinding[],
): PolicyReport {
  return { packs: records.map((record) => packReport(record, finalFindings)) };
}

function packReport(record: PackRecord, finalFindings: readonly ReportedFinding[]): PolicyReportPack {
  const rules = record.pack.rules.map((rule): PolicyReportRule => {
    const statuses = record.statuses.get(rule.id) ?? [];
    const findings = dedupe(record.findings.filter((f) => f.ruleId === rule.id)).map((f) =>
      withAcknowledgement(f, finalFindings),
    );
    const count = (status: SubjectStatus) => statuses.filter((s) => s === status).length;
    return {
      id: rule.id,
      severity: rule.severity,
      description: rule.description,
      status: ruleStatus(findings, count('compliant')),
      subjects: {
        compliant: count('compliant'),
        nonCompliant: count('non-compliant'),
        notApplicable: count('not-applicable'),
      },
      findings,
    };
  });
  const failed = rules.some((r) => r.findings.some((f) => !f.acknowledged && f.severity !== 'info'));
  return {
    name: record.pack.name,
    ...(record.pack.description ? { description: record.pack.description } : {}),
    conclusion: failed ? 'failed' : 'passed',
    rules,
  };
}

function ruleStatus(findings: readonly PolicyReportFinding[], compliant: number): PolicyRuleStatus {
  if (findings.some((f) => !f.acknowledged)) return 'non-compliant';
  if (findings.length > 0) return 'acknowledged';
  return compliant > 0 ? 'compliant' : 'not-applicable';
}

/** Finds the final finding a recorded one became, to read its acknowledgement: same id and construct, then same text or place. */
function withAcknowledgement(
  recorded: RecordedFinding,
  finalFindings: readonly ReportedFinding[],
): PolicyReportFinding {
  const candidates = finalFindings.filter((f) => f.id === recorded.id && f.path === recorded.constructPath);
  const match =
    candidates.find((f) => f.message === recorded.message) ?? candidates.find((f) => f.location === recorded.location);
  const acknowledgement = match?.acknowledged;
  const refused = acknowledgement !== undefined && isAcknowledgementReasonTooShort(acknowledgement.reason);
  return {
    id: recorded.id,
    severity: recorded.severity,
    path: recorded.constructPath,
    message: match?.message ?? recorded.message,
    hint: match?.hint ?? recorded.hint,
    config: recorded.config,
    location: recorded.location,
    acknowledged: acknowledgement !== undefined && !refused,
    ...(acknowledgement && !refused ? { reason: acknowledgement.reason, acknowledgedBy: acknowledgement.by } : {}),
    ...(acknowledgement && refused
      ? {
          notAcknowledgedBecause: `${SHORT_ACKNOWLEDGEMENT_REASON_NOTE} (${JSON.stringify(acknowledgement.reason)} on ${acknowledgement.by})`,
        }
      : {}),
  };
}

/** A config included by two main configs is checked twice; report each finding once. */
function dedupe(findings: readonly RecordedFinding[]): RecordedFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = [f.id, f.constructPath, f.message, f.config, f.location].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The policy section as CSV, one row per finding and one per rule without findings (cdk-nag's compliance report):
 * `pack,rule,severity,status,path,config,location,message,acknowledged,reason`.
 */
export function policyReportToCsv(report: PolicyReport): string {
  const rows = [
    ['pack', 'rule', 'severity', 'status', 'path', 'config', 'location', 'message', 'acknowledged', 'reason'],
  ];
  for (const pack of report.packs) {
    for (const rule of pack.rules) {
      if (rule.findings.length === 0)
        rows.push([pack.name, rule.id, rule.severity, rule.status, '', '', '', '', '', '']);
      for (const f of rule.findings) {
        rows.push([
          pack.name,
          rule.id,
          f.severity,
          f.acknowledged ? 'acknowledged' : 'non-compliant',
          f.path,
          f.config,
          f.location,
          f.message,
          String(f.acknowledged),
          f.reason ?? f.notAcknowledgedBecause ?? '',
        ]);
      }
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
