import { AspectPriority, Aspects, ReportSections, type IAspect } from '@litellm-cdk/core';
import type { IConstruct } from 'constructs';
import { Acknowledge } from './acknowledge.js';
import { PolicyRun } from './_policy-run.js';
import { POLICY_REPORT_SECTION, policyReportToCsv, type PolicyReport } from './policy-report.js';
import { isPolicyRule, type PolicyRule } from './rule.js';

const POLICY_PACK_SYMBOL = Symbol.for('@litellm-cdk/policy.PolicyPack');

/** Options of `PolicyPack.applyTo()`. */
export interface ApplyPackOptions {
  /**
   * Also write the policy results as CSV beside `validation-report.json` (cdk-nag's compliance report): `true` for
   * `policy-report.csv`, or a file name.
   * @default false
   */
  readonly csv?: boolean | string;
}

/** Props of a `PolicyPack`. */
export interface PolicyPackProps {
  /** The pack's name, kebab-case; it is also the namespace of the rule ids it defines (`<name>/<rule>`). */
  readonly name: string;
  /** The rules, in report order; ids must be unique. */
  readonly rules: readonly PolicyRule[];
  /**
   * What the pack is for, in one line.
   * @default - none
   */
  readonly description?: string;
}

/**
 * A named list of policy rules, applied as a read-only aspect (like a cdk-nag pack).
 *
 * `pack.applyTo(scope)` adds it at `AspectPriority.READONLY`, so it runs after every mutating aspect (region
 * expansion, cache-control injection, thinking variants) on the final, locked tree. Findings become annotations on
 * the constructs that render the offending values, so acknowledgements, strict mode and the validation report
 * treat them like any other finding; the report gains a `policy` section with each rule's result.
 */
export class PolicyPack implements IAspect {
  /** Creates a pack. */
  public static of(props: PolicyPackProps): PolicyPack {
    return new PolicyPack(props);
  }

  /** Whether `x` is a `PolicyPack`, from this or any other copy of the library. */
  public static isPolicyPack(x: unknown): x is PolicyPack {
    return typeof x === 'object' && x !== null && POLICY_PACK_SYMBOL in x;
  }

  public readonly name: string;
  public readonly description: string | undefined;
  public readonly rules: readonly PolicyRule[];

  private constructor(props: PolicyPackProps) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(props.name ?? '')) {
      throw new Error(`Policy pack name '${props.name}' must be kebab-case (lower-case letters, digits and '-').`);
    }
    const seen = new Set<string>();
    for (const rule of props.rules) {
      if (!isPolicyRule(rule))
        throw new Error(
          `Policy pack '${props.name}' holds something that is not a rule; create rules with definePolicyRule().`,
        );
      if (seen.has(rule.id)) throw new Error(`Policy pack '${props.name}' lists rule '${rule.id}' twice.`);
      seen.add(rule.id);
    }
    Object.defineProperty(this, POLICY_PACK_SYMBOL, { value: true });
    this.name = props.name;
    this.description = props.description;
    this.rules = Object.freeze([...props.rules]);
  }

  /** Applies the pack to `scope` and everything below it at synth, after every mutating aspect. */
  public applyTo(scope: IConstruct, options: ApplyPackOptions = {}): this {
    Aspects.of(scope).add(this, { priority: AspectPriority.READONLY });
    if (options.csv) {
      const fileName = typeof options.csv === 'string' ? options.csv : 'policy-report.csv';
      // One file for every pack of the app: the policy section already holds them all.
      ReportSections.of(scope).addFile(fileName, (report) =>
        policyReportToCsv(report.sections[POLICY_REPORT_SECTION] as PolicyReport),
      );
    }
    return this;
  }

  /** The rule with this id, if the pack has it. */
  public rule(id: string): PolicyRule | undefined {
    return this.rules.find((r) => r.id === id);
  }

  /** The same pack without some rules, e.g. one the platform does not want. Unknown ids are an error. */
  public without(...ruleIds: string[]): PolicyPack {
    for (const id of ruleIds)
      if (!this.rule(id))
        throw new Error(
          `Policy pack '${this.name}' has no rule '${id}'; it has: ${this.rules.map((r) => r.id).join(', ')}.`,
        );
    return new PolicyPack({
      name: this.name,
      description: this.description,
      rules: this.rules.filter((r) => !ruleIds.includes(r.id)),
    });
  }

  /**
   * Accepts the findings of one of this pack's rules on `scope` and below, for a reason of at least 10 characters
   * (see `Acknowledge.rule`). Also accepts the core ids that rules reusing core's checks report. An id the pack
   * does not know is an error, so a typo cannot pass for an acknowledgement.
   */
  public acknowledge(scope: IConstruct, ruleId: string, reason: string): void {
    const known = this.rules.flatMap((r) => [r.id, ...r.coreFindingIds]);
    if (!known.includes(ruleId)) {
      throw new Error(
        `[${scope.node.path || 'App'}] Policy pack '${this.name}' has no rule or finding '${ruleId}'; it knows: ${known.join(', ')}.`,
      );
    }
    Acknowledge.rule(scope, ruleId, reason);
  }

  /** Part of `IAspect`: the aspect engine calls it for each construct of the scopes the pack was applied to. */
  public visit(node: IConstruct): void {
    if (!node.node.locked) {
      throw new Error(
        `[${node.node.path || 'App'}] Policy pack '${this.name}' ran before the tree was locked, so mutating aspects could still ` +
          'change what it checks. Apply it with pack.applyTo(scope), or Aspects.of(scope).add(pack, { priority: AspectPriority.READONLY }).',
      );
    }
    PolicyRun.of(node).visit(this, node);
  }
}
