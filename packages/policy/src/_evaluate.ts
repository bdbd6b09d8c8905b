import type { ConfigPath, Severity } from '@litellm-cdk/core';
import type { ConfigView } from './config-view.js';
import type { PolicyRule } from './rule.js';
import type { PolicySubject, SubjectKind } from './subject.js';

/** The outcome of a check on one subject. */
export type SubjectStatus = 'compliant' | 'non-compliant' | 'not-applicable';

/** A finding as the engine reports it: ids, severity and path filled in. */
export interface EvaluatedFinding {
  /** The rule that found it. */
  readonly ruleId: string;
  /** The finding's id: the rule's, or a core id for rules that reuse a core check. */
  readonly id: string;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string;
  /** Path in the (merged) config document. */
  readonly path: ConfigPath;
  /** True when core's own validation reports this finding (a core id), so the pack must not report it again. */
  readonly reportedByCore: boolean;
}

/** What one rule said about one subject. */
export interface SubjectResult {
  readonly subject: PolicySubject;
  readonly status: SubjectStatus;
  readonly findings: readonly EvaluatedFinding[];
}

/** The subjects of one kind in a config: every deployment, every group, or the config itself. */
export function subjectsOfKind(view: ConfigView, kind: SubjectKind): readonly PolicySubject[] {
  switch (kind) {
    case 'deployment':
      return view.deployments;
    case 'group':
      return view.groups;
    case 'config':
      return [{ kind: 'config', path: [], config: view }];
  }
}

/**
 * Runs one rule on one subject and fills in each finding's id, severity, hint and path. This is the only place a
 * check is called, at synth and for hand-written files alike.
 */
export function evaluateRule(rule: PolicyRule, subject: PolicySubject): SubjectResult {
  if (subject.kind !== rule.appliesTo) return { subject, status: 'not-applicable', findings: [] };
  let result: ReturnType<PolicyRule['check']>;
  try {
    result = (rule.check as (s: PolicySubject) => ReturnType<PolicyRule['check']>)(subject);
  } catch (error) {
    throw new Error(`Policy rule '${rule.id}' failed on ${describeSubject(subject)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (result.status !== 'non-compliant') return { subject, status: result.status, findings: [] };
  if (result.findings.length === 0) return { subject, status: 'compliant', findings: [] };
  const findings = result.findings.map((finding): EvaluatedFinding => {
    const id = finding.id ?? rule.id;
    if (id !== rule.id && !rule.coreFindingIds.includes(id)) {
      throw new Error(
        `Policy rule '${rule.id}' returned a finding with id '${id}'; list it in coreFindingIds, or leave the id out.`,
      );
    }
    return {
      ruleId: rule.id,
      id,
      severity: id === rule.id ? rule.severity : (finding.severity ?? rule.severity),
      message: finding.message,
      hint: finding.hint ?? fixOf(rule.explanation),
      path: finding.path ?? subject.path,
      reportedByCore: id !== rule.id,
    };
  });
  return { subject, status: 'non-compliant', findings };
}

/** The fix part of a rule's explanation (after `Fix:`), which is what a finding's hint should say; else all of it. */
function fixOf(explanation: string): string {
  const at = explanation.indexOf('Fix:');
  return at >= 0 ? explanation.slice(at + 'Fix:'.length).trim() : explanation;
}

function describeSubject(subject: PolicySubject): string {
  switch (subject.kind) {
    case 'deployment':
      return `model_list[${subject.index}] (${subject.modelName})`;
    case 'group':
      return `model group '${subject.name}'`;
    case 'config':
      return 'the config';
  }
}
