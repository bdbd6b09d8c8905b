import { ProxyConfig, Testing } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { evaluatePackOnDocument, PolicyPack, type PolicyRule, type PolicyRuleStatus } from '../src/index.js';
import { policySection, synthReport } from './_helpers.js';

/** One situation, built both as an app and as the hand-written document it would synthesize to. */
export interface RuleCase {
  /** Completes "is <status> when ...". */
  readonly when: string;
  /** Builds the situation in the config `prod` of a fresh app. */
  readonly app: (config: ProxyConfig) => void;
  /** The same situation as a parsed config document. */
  readonly document: Record<string, unknown>;
}

/** What a non-compliant case must report. */
export interface ExpectedFinding {
  /** @default the rule's id */
  readonly id?: string;
  /** The construct the finding is annotated on at synth, e.g. `prod/gpt/a`. */
  readonly construct: string;
  /** The path of the finding in the document. */
  readonly path: readonly (string | number)[];
  readonly message: RegExp;
}

/** The three cases every built-in rule is tested with. */
export interface RuleCases {
  readonly compliant: RuleCase;
  readonly nonCompliant: RuleCase & { readonly finding: ExpectedFinding };
  readonly notApplicable: RuleCase;
}

/** The rule's result when it is the only rule of a pack applied to the app `build` makes. */
export function synthResult(rule: PolicyRule, build: (config: ProxyConfig) => void) {
  const app = Testing.app();
  build(new ProxyConfig(app, 'prod'));
  PolicyPack.of({ name: 'under-test', rules: [rule] }).applyTo(app);
  const report = synthReport(app);
  const result = policySection(report).packs[0].rules[0];
  return { report, result };
}

/** The rule's result on a hand-written document, with the status the synth report would give it. */
export function documentResult(rule: PolicyRule, document: Record<string, unknown>) {
  const [result] = evaluatePackOnDocument(PolicyPack.of({ name: 'under-test', rules: [rule] }), {
    file: 'config.yaml',
    content: document,
  }).rules;
  const status: PolicyRuleStatus =
    result.findings.length > 0 ? 'non-compliant' : result.subjects.compliant > 0 ? 'compliant' : 'not-applicable';
  return { ...result, status };
}

/** Tests a rule's three cases at synth and on the hand-written document. */
export function describeRule(rule: PolicyRule, cases: RuleCases): void {
  describe(rule.id, () => {
    const expected = cases.nonCompliant.finding;
    const id = expected.id ?? rule.id;

    it(`is compliant at synth when ${cases.compliant.when}`, () => {
      const { result } = synthResult(rule, cases.compliant.app);
      expect(result.findings).toEqual([]);
      expect(result.status).toBe('compliant');
    });
    it(`is compliant in a hand-written config when ${cases.compliant.when}`, () => {
      expect(documentResult(rule, cases.compliant.document)).toMatchObject({ status: 'compliant', findings: [] });
    });

    it(`is non-compliant at synth when ${cases.nonCompliant.when}`, () => {
      const { result, report } = synthResult(rule, cases.nonCompliant.app);
      expect(result.status).toBe('non-compliant');
      expect(result.findings).toContainEqual(
        expect.objectContaining({ id, path: expected.construct, message: expect.stringMatching(expected.message) }),
      );
      // The finding is in the validation report exactly once, under one id.
      const inReport = report.findings.filter((f) => f.path === expected.construct && expected.message.test(f.message));
      expect(inReport.map((f) => f.id)).toEqual([id]);
    });
    it(`is non-compliant in a hand-written config when ${cases.nonCompliant.when}`, () => {
      const result = documentResult(rule, cases.nonCompliant.document);
      expect(result.status).toBe('non-compliant');
      expect(result.findings).toContainEqual(
        expect.objectContaining({ id, path: expected.path, message: expect.stringMatching(expected.message) }),
      );
    });

    it(`is not applicable at synth when ${cases.notApplicable.when}`, () => {
      const { result } = synthResult(rule, cases.notApplicable.app);
      expect(result.findings).toEqual([]);
      expect(result.status).toBe('not-applicable');
    });
    it(`is not applicable in a hand-written config when ${cases.notApplicable.when}`, () => {
      expect(documentResult(rule, cases.notApplicable.document)).toMatchObject({
        status: 'not-applicable',
        findings: [],
      });
    });
  });
}
