import type { ConfigPath } from '@litellm-cdk/core';
import { isMapping } from '../../config-view.js';
import { Compliance, definePolicyRule } from '../../rule.js';
import { coreFindingsOf } from '../_core-findings.js';

const SETTINGS_SECTIONS = ['litellm_settings', 'router_settings', 'general_settings'];

/** Unknown top-level keys and unknown keys of the settings sections: core's `core/unknown-key` findings there. */
function isSettingsKey(path: ConfigPath): boolean {
  return path.length === 1 || (path.length === 2 && SETTINGS_SECTIONS.includes(String(path[0])));
}

/**
 * No unknown keys at the top level or in `litellm_settings`, `router_settings` and `general_settings`, where
 * LiteLLM ignores (or, for `litellm_settings`, silently accepts) a misspelt key. Core's schema check decides.
 */
export const NoUnknownSettings = definePolicyRule({
  id: 'best-practices/no-unknown-settings',
  severity: 'warning',
  appliesTo: 'config',
  description: 'No unknown keys at the top level or in the settings sections.',
  explanation:
    'LiteLLM ignores top-level keys it does not read, drops router_settings keys that are not Router arguments and ' +
    'sets any litellm_settings key as a module attribute, so a misspelt setting does nothing and nobody notices. ' +
    'Fix: correct the key; if it is newer than the schema, acknowledge the finding naming the LiteLLM version that ' +
    "reads it. Findings carry core's id; acknowledge that id.",
  coreFindingIds: ['core/unknown-key'],
  check(subject) {
    const findings = coreFindingsOf(subject, ['core/unknown-key'], isSettingsKey);
    if (findings.length === 0 && !SETTINGS_SECTIONS.some((s) => isMapping(subject.config.document[s])))
      return Compliance.notApplicable;
    return Compliance.of(findings);
  },
});
