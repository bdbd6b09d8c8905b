import { mergeIncludes, type ConfigDocument, type ConfigFinding } from '@litellm-cdk/core';
import { ConfigView } from './config-view.js';
import { evaluateRule, subjectsOfKind, type SubjectStatus } from './_evaluate.js';
import type { PolicyPack } from './pack.js';
import type { PolicyRule } from './rule.js';

/** Options of `applyPackToDocument`. */
export interface DocumentPolicyOptions {
  /**
   * The documents the main one names under `include`, merged as LiteLLM merges them (lists extend, other keys
   * replace); findings about them carry their `file`.
   * @default - none
   */
  readonly includes?: readonly ConfigDocument[];
  /**
   * Also return the findings of rules that reuse core's checks, under core's ids. Off by default because
   * `validateConfig` reports exactly those findings, and a caller that runs both would list them twice.
   * @default false
   */
  readonly includeCoreFindings?: boolean;
}

/** One rule's result on a document. */
export interface DocumentRuleResult {
  readonly rule: PolicyRule;
  readonly subjects: { readonly compliant: number; readonly nonCompliant: number; readonly notApplicable: number };
  /** Every finding, core-reported ones included; `file` is set for findings about an included document. */
  readonly findings: readonly ConfigFinding[];
}

/** A pack's results on a document, rule by rule. */
export interface DocumentPackResult {
  readonly pack: PolicyPack;
  readonly rules: readonly DocumentRuleResult[];
}

/**
 * Runs every rule of `pack` on a hand-written config (parsed YAML), rule by rule, with the same checks synth runs
 * on the construct tree.
 */
export function evaluatePackOnDocument(
  pack: PolicyPack,
  document: ConfigDocument,
  options: DocumentPolicyOptions = {},
): DocumentPackResult {
  const merged = mergeIncludes(document, options.includes ?? []);
  const view = ConfigView.fromDocument(merged.content);
  const rules = pack.rules.map((rule): DocumentRuleResult => {
    const results = subjectsOfKind(view, rule.appliesTo).map((subject) => evaluateRule(rule, subject));
    const count = (status: SubjectStatus) => results.filter((r) => r.status === status).length;
    const findings = results.flatMap((r) =>
      r.findings.map((f): ConfigFinding => {
        const { path, file } = merged.locate(f.path);
        return {
          severity: f.severity,
          id: f.id,
          message: f.message,
          path,
          ...(file !== undefined ? { file } : {}),
          hint: f.hint,
        };
      }),
    );
    return {
      rule,
      subjects: {
        compliant: count('compliant'),
        nonCompliant: count('non-compliant'),
        notApplicable: count('not-applicable'),
      },
      findings,
    };
  });
  return { pack, rules };
}

/**
 * The findings of `pack` on a hand-written config, for `litellm-cdk validate --policy`: each has the path inside
 * its document (and the `file` of an included one, like core's findings), which the CLI turns into line and column.
 */
export function applyPackToDocument(
  pack: PolicyPack,
  document: ConfigDocument,
  options: DocumentPolicyOptions = {},
): ConfigFinding[] {
  const { rules } = evaluatePackOnDocument(pack, document, options);
  return rules.flatMap((r) =>
    r.findings.filter((f) => options.includeCoreFindings || !r.rule.coreFindingIds.includes(f.id)),
  );
}
