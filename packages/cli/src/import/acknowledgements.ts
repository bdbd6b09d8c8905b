import * as path from 'node:path';
import { ERRORS_IN_GENERATED_CONFIGS, type ConfigFinding, type ConfigPath, formatPath } from '@litellm-cdk/core';
import { type ConfigPlan, ownerOf, type PlannedConstruct } from './app-plan.js';

/** An acknowledgement the generated app carries, for the import report. */
export interface ImportedAcknowledgement {
  /** The config file the finding is about. */
  readonly file: string;
  /** The variable of the construct that carries it. */
  readonly construct: string;
  readonly id: string;
  readonly reason: string;
}

/**
 * Acknowledges, on the construct that renders it, every error and warning the original files have, so that the
 * generated app synthesizes the same config and the reader sees each problem with its reason. Info findings
 * need none.
 * @param mainFile how the findings name the main file (findings without `file` are about it)
 * @param explain a reason for a finding the import itself causes, when the default would mislead
 */
export function acknowledgeFindings(
  plans: readonly ConfigPlan[],
  findings: readonly ConfigFinding[],
  mainFile: string,
  explain: (finding: ConfigFinding) => string | undefined = () => undefined,
): ImportedAcknowledgement[] {
  const byOwner = new Map<PlannedConstruct, Map<string, { plan: ConfigPlan; findings: ConfigFinding[] }>>();
  for (const finding of findings) {
    if (finding.severity === 'info' && !ERRORS_IN_GENERATED_CONFIGS.has(finding.id)) continue;
    const plan = plans.find((p) => p.fileName === (finding.file ?? mainFile)) ?? plans[0];
    const owner = ownerOf(plan, finding.path).acknowledgementTarget;
    const ids = byOwner.get(owner) ?? new Map<string, { plan: ConfigPlan; findings: ConfigFinding[] }>();
    const entry = ids.get(finding.id) ?? { plan, findings: [] };
    entry.findings.push(finding);
    ids.set(finding.id, entry);
    byOwner.set(owner, ids);
  }
  const acknowledged: ImportedAcknowledgement[] = [];
  for (const [owner, ids] of byOwner) {
    for (const [id, { plan, findings: found }] of ids) {
      // One acknowledgement per id and construct: the reason names the first finding and counts the others.
      const reason = explain(found[0]) ?? reasonFor(id, found, path.basename(plan.sourceName));
      owner.acknowledgements.set(id, reason);
      acknowledged.push({ file: plan.fileName, construct: owner.ref(), id, reason });
    }
  }
  return acknowledged;
}

function reasonFor(id: string, findings: readonly ConfigFinding[], file: string): string {
  if (/plaintext|plain-text/.test(id)) {
    const where = describePaths(findings.map((f) => f.path));
    const [held, move] =
      findings.length === 1
        ? ['a plaintext secret', 'it to an environment variable']
        : ['plaintext secrets', 'them to environment variables'];
    return (
      `imported as-is from ${file}, where ${where} held ${held}; move ${move}, refer to ` +
      `${findings.length === 1 ? 'it' : 'them'} with Secret.env(), and remove this acknowledgement`
    );
  }
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more like it)` : '';
  return `imported as-is from ${file}, which has this problem: ${withoutFinalStop(findings[0].message)}${more}; fix it here and remove this acknowledgement`;
}

function describePaths(paths: readonly ConfigPath[]): string {
  const formatted = paths.map(formatPath);
  if (formatted.length > 3) return `${formatted.slice(0, 3).join(', ')} and ${formatted.length - 3} more`;
  return formatted.length === 1
    ? formatted[0]
    : `${formatted.slice(0, -1).join(', ')} and ${formatted[formatted.length - 1]}`;
}

function withoutFinalStop(message: string): string {
  return message.replace(/\.\s*$/, '');
}
