import { formatPath } from '@litellm-cdk/core';
import { Compliance, definePolicyRule } from '../../rule.js';
import { coreFindingsOf, startsWith } from '../_core-findings.js';
import { keyShapedValues, referencesSecrets } from './_key-shaped-values.js';

/** `general_settings.master_key` and `database_url` have rules of their own. */
const OWN_RULE_PATHS = [
  ['general_settings', 'master_key'],
  ['general_settings', 'database_url'],
];

/**
 * No credential anywhere in the config is written as plain text: not in deployments, credentials, guardrails, MCP
 * servers, cache and callback settings, nor in `environment_variables`.
 *
 * Credentials at the keys LiteLLM uses for them are core's `core/plaintext-secret` findings, which this rule reports
 * as its own result; on top of them it flags any other string that is shaped like a key (`sk-...`, `AKIA...`,
 * `AIza...`, tokens, private keys, URLs with a password), wherever it sits.
 */
export const NoPlaintextSecrets = definePolicyRule({
  id: 'best-practices/no-plaintext-secrets',
  severity: 'error',
  appliesTo: 'config',
  description: 'No credential is written in plain text anywhere in the config.',
  explanation:
    'A config file is committed, reviewed, copied into images and written to the assembly directory, so a key in ' +
    'it leaks to everyone who can read any of those. LiteLLM resolves os.environ/NAME references when it loads the ' +
    "config. Fix: use Secret.env('NAME') in the app (or write os.environ/NAME in a hand-written config) and set NAME " +
    'in the proxy environment; for environment_variables, set the variable in the environment instead of the file.',
  coreFindingIds: ['core/plaintext-secret'],
  check(subject) {
    const ownedElsewhere = (path: readonly (string | number)[]) => OWN_RULE_PATHS.some((p) => startsWith(path, p));
    const core = coreFindingsOf(subject, ['core/plaintext-secret'], (path) => !ownedElsewhere(path));
    const reportedByCore = new Set(
      subject.config.coreFindings.filter((f) => f.id === 'core/plaintext-secret').map((f) => formatPath(f.path)),
    );
    const own = keyShapedValues(subject.config.document)
      .filter((v) => !ownedElsewhere(v.path) && !reportedByCore.has(formatPath(v.path)))
      .map((v) => ({
        message: `${formatPath(v.path)} holds what looks like ${v.looksLike}, written in plain text.`,
        path: v.path,
      }));
    const findings = [...core, ...own];
    if (findings.length === 0 && !referencesSecrets(subject.config.document)) return Compliance.notApplicable;
    return Compliance.of(findings);
  },
});
