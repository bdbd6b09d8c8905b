import { isMapping } from '../../config-view.js';
import { Compliance, definePolicyRule, type RuleFinding } from '../../rule.js';
import { coreFindingsOf } from '../_core-findings.js';

/**
 * No deprecated or legacy settings: core's `core/deprecated-key` findings (`set_verbose`), plus the legacy places
 * LiteLLM still reads — `rpm`/`tpm` on a `model_list` entry and `litellm_settings.guardrails`.
 */
export const NoDeprecatedSettings = definePolicyRule({
  id: 'best-practices/no-deprecated-settings',
  severity: 'warning',
  appliesTo: 'config',
  description: 'No deprecated or legacy settings keys are used.',
  explanation:
    'Deprecated keys stop working in a later LiteLLM release without a word, and legacy places are read only in ' +
    'some code paths (entry-level rpm is copied into litellm_params only when that has none). Fix: set_verbose -> ' +
    'the LITELLM_LOG environment variable; model_list[].rpm/tpm -> litellm_params.rpm/tpm; ' +
    'litellm_settings.guardrails -> the top-level guardrails list (Guardrail constructs).',
  coreFindingIds: ['core/deprecated-key'],
  check(subject) {
    const { config } = subject;
    const findings: RuleFinding[] = [...coreFindingsOf(subject, ['core/deprecated-key'])];
    for (const deployment of config.deployments) {
      for (const key of ['rpm', 'tpm']) {
        if (deployment.entry[key] === undefined) continue;
        findings.push({
          message: `model_list[${deployment.index}].${key} is the legacy place for ${key}; LiteLLM reads it only when litellm_params has no ${key}.`,
          path: [...deployment.path, key],
        });
      }
    }
    if (config.setting('litellm_settings', 'guardrails') !== undefined) {
      findings.push({
        message: 'litellm_settings.guardrails is the legacy way to declare guardrails.',
        path: ['litellm_settings', 'guardrails'],
      });
    }
    const inspected =
      config.deployments.length > 0 ||
      ['litellm_settings', 'router_settings'].some((s) => isMapping(config.document[s]));
    return inspected ? Compliance.of(findings) : Compliance.notApplicable;
  },
});
