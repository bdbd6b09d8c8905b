// Keys with a finding of their own: misplaced, enterprise-only or deprecated keys of a section.
import { mappingAt, withFile } from './document-paths.js';
import type { ConfigFinding, Severity } from './finding.js';

interface KeyRule {
  readonly section: string;
  readonly key: string;
  readonly severity: Severity;
  readonly id: string;
  readonly message: string;
  readonly hint: string;
}

const enterpriseOnly = (key: string): KeyRule => ({
  section: 'general_settings',
  key,
  severity: 'warning',
  id: 'core/enterprise-only',
  message: `general_settings.${key} needs a LiteLLM Enterprise licence: without one the proxy fails at start-up.`,
  hint: 'Set the licence (LITELLM_LICENSE) for this proxy, or remove the key.',
});

const deprecatedVerbose = (section: string): KeyRule => ({
  section,
  key: 'set_verbose',
  // LiteLLM still honours it and warns itself; a working config is not wrong for having it.
  severity: 'info',
  id: 'core/deprecated-key',
  message: `${section}.set_verbose is deprecated: LiteLLM logs through the LITELLM_LOG environment variable now.`,
  hint: 'Remove set_verbose and set LITELLM_LOG=DEBUG (or INFO, ERROR) in the proxy environment instead.',
});

const KEY_RULES: readonly KeyRule[] = [
  {
    section: 'router_settings',
    key: 'health_check_interval',
    severity: 'error',
    id: 'core/misplaced-key',
    message: 'router_settings.health_check_interval is a start-up error: the key belongs in general_settings.',
    hint: 'Move health_check_interval to general_settings (with background_health_checks: true).',
  },
  enterpriseOnly('allowed_ips'),
  enterpriseOnly('enforced_params'),
  deprecatedVerbose('litellm_settings'),
  deprecatedVerbose('router_settings'),
];

/** The findings of keys that have a rule of their own, in one document. */
export function keyRuleFindings(content: unknown, file?: string): ConfigFinding[] {
  return KEY_RULES.filter((rule) => {
    const section = mappingAt(content, rule.section);
    return section !== undefined && Object.hasOwn(section, rule.key);
  }).map(({ section, key, ...finding }) => withFile({ ...finding, path: [section, key] }, file));
}

/** Whether a key of a top-level section has a rule of its own (and so is not reported as unknown). */
export function hasKeyRule(section: string, key: string): boolean {
  return KEY_RULES.some((rule) => rule.section === section && rule.key === key);
}
