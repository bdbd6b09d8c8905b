import { type ConfigPath, FINDING_ID_PATTERN, type Severity } from '@litellm-cdk/core';
import type { SubjectKind, SubjectOf } from './subject.js';

const POLICY_RULE_SYMBOL = Symbol.for('@litellm-cdk/policy.PolicyRule');

/**
 * How a rule id is spelled: `<namespace>/<rule-name>`, both kebab-case, e.g. `best-practices/no-plaintext-secrets`.
 * The namespace names the pack that defines the rule; the validation report shows it as the finding's source.
 * It is core's finding id spelling, as a rule's findings are annotated with core's `Annotations`.
 */
export const RULE_ID_PATTERN: RegExp = FINDING_ID_PATTERN;

/** One problem a rule found in one subject. */
export interface RuleFinding {
  /** What is wrong, in one sentence, naming the offending value. */
  readonly message: string;
  /**
   * Where in the config document the problem is; the construct that rendered it gets the annotation at synth.
   * @default - the subject's own path
   */
  readonly path?: ConfigPath;
  /**
   * What to do about it.
   * @default - the rule's explanation
   */
  readonly hint?: string;
  /**
   * The id of a core finding this finding is, for rules that call one of core's exported checks; must be one of
   * the rule's `coreFindingIds`. Core reports such findings itself, so the pack does not report them a second time.
   * @default - the rule's id
   */
  readonly id?: string;
  /**
   * The severity of a core finding (only with `id`).
   * @default - the rule's severity
   */
  readonly severity?: Severity;
}

/** What a rule's check says about one subject. */
export type RuleCheckResult =
  | { readonly status: 'compliant' }
  | { readonly status: 'not-applicable' }
  | { readonly status: 'non-compliant'; readonly findings: readonly RuleFinding[] };

/** Ready-made check results. */
export const Compliance = {
  /** The subject follows the rule. */
  compliant: { status: 'compliant' } as RuleCheckResult,
  /** The rule says nothing about this subject. */
  notApplicable: { status: 'not-applicable' } as RuleCheckResult,
  /** Non-compliant with these findings; compliant when there are none. */
  of(findings: readonly RuleFinding[]): RuleCheckResult {
    return findings.length === 0 ? Compliance.compliant : { status: 'non-compliant', findings };
  },
} as const;

/** What `definePolicyRule` takes. */
export interface PolicyRuleDefinition<K extends SubjectKind> {
  /** Stable id, `<namespace>/<rule-name>` (see {@link RULE_ID_PATTERN}); acknowledgements refer to it. */
  readonly id: string;
  /** How serious a finding is: errors fail synth, warnings fail only in strict mode, info is only reported. */
  readonly severity: Severity;
  /** What the rule asks for, in one line. */
  readonly description: string;
  /** Why the rule exists and how to fix a finding; shown in docs and as the default hint. */
  readonly explanation: string;
  /** Which subjects the check looks at: one deployment, one model group, or the whole config. */
  readonly appliesTo: K;
  /**
   * Ids of core findings the check may return (rules that reuse one of core's exported checks).
   * @default - none: every finding carries the rule's id
   */
  readonly coreFindingIds?: readonly string[];
  /** Looks at one subject. Must not change anything: it also runs on hand-written configs. */
  check(subject: SubjectOf<K>): RuleCheckResult;
}

/** A policy rule, as created by {@link definePolicyRule}. */
export interface PolicyRule<K extends SubjectKind = SubjectKind> extends PolicyRuleDefinition<K> {
  readonly coreFindingIds: readonly string[];
}

/**
 * Defines a policy rule: checks the definition and returns it frozen.
 *
 * @example
 * export const RequireTags = definePolicyRule({
 *   id: 'acme/require-tags', severity: 'warning', appliesTo: 'deployment',
 *   description: 'Every deployment has routing tags.',
 *   explanation: 'Tag routing needs tags on every deployment. Fix: set litellm_params.tags.',
 *   check: (d) => (Array.isArray(d.params.tags) ? Compliance.compliant : Compliance.of([{ message: 'no tags' }])),
 * });
 */
export function definePolicyRule<K extends SubjectKind>(definition: PolicyRuleDefinition<K>): PolicyRule<K> {
  const { id, severity, description, explanation, appliesTo } = definition;
  const problems: string[] = [];
  if (typeof id !== 'string' || !RULE_ID_PATTERN.test(id))
    problems.push(`id must look like 'my-pack/my-rule' (kebab-case namespace and name)`);
  if (!['error', 'warning', 'info'].includes(severity)) problems.push(`severity must be 'error', 'warning' or 'info'`);
  if (!description?.trim() || description.includes('\n')) problems.push('description must be one non-empty line');
  if (!explanation?.trim()) problems.push('explanation must say why the rule exists and how to fix a finding');
  if (!['deployment', 'group', 'config'].includes(appliesTo))
    problems.push(`appliesTo must be 'deployment', 'group' or 'config'`);
  if (typeof definition.check !== 'function') problems.push('check must be a function');
  const coreFindingIds = [...(definition.coreFindingIds ?? [])];
  if (coreFindingIds.some((core) => !core.startsWith('core/')))
    problems.push(`coreFindingIds must be ids of core findings ('core/...')`);
  if (problems.length > 0) throw new Error(`Policy rule '${String(id)}' is invalid: ${problems.join('; ')}.`);

  const rule: PolicyRule<K> = { ...definition, coreFindingIds };
  Object.defineProperty(rule, POLICY_RULE_SYMBOL, { value: true });
  return Object.freeze(rule);
}

/** Whether `x` is a rule made by `definePolicyRule`, from this or any other copy of the library. */
export function isPolicyRule(x: unknown): x is PolicyRule {
  return typeof x === 'object' && x !== null && POLICY_RULE_SYMBOL in x;
}
