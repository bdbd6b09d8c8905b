import type { ConfigFinding, ConfigPath } from '@litellm-cdk/core';
import type { RuleFinding } from '../rule.js';
import type { PolicySubject } from '../subject.js';

/**
 * Core's findings with one of `ids` about `subject` (at or below a deployment's path, below one of a group's
 * deployments, anywhere for the config), as rule findings that keep core's id, severity, message and hint.
 * @param where a further filter on the finding's path
 */
export function coreFindingsOf(
  subject: PolicySubject,
  ids: readonly string[],
  where: (path: ConfigPath) => boolean = () => true,
): RuleFinding[] {
  const roots = subject.kind === 'group' ? subject.deployments.map((d) => d.path) : [subject.path];
  return subject.config.coreFindings
    .filter((f) => ids.includes(f.id) && roots.some((root) => startsWith(f.path, root)) && where(f.path))
    .map(toRuleFinding);
}

/** Whether `path` is `prefix` or below it. */
export function startsWith(path: ConfigPath, prefix: ConfigPath): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}

function toRuleFinding(finding: ConfigFinding): RuleFinding {
  return {
    id: finding.id,
    severity: finding.severity,
    message: finding.message,
    path: finding.path,
    hint: finding.hint,
  };
}
