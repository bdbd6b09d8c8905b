import { Compliance, definePolicyRule } from '../../rule.js';
import { groupMode } from './_group-facts.js';

/**
 * Every chat group has a general fallback to another group: its own `fallbacks` rule, or, without one, the generic
 * `"*"` rule or `default_fallbacks`. Wildcard groups (a `*` in the name) are not requested by name and not checked.
 */
export const ChatGroupHasFallback = definePolicyRule({
  id: 'best-practices/chat-group-has-fallback',
  severity: 'warning',
  appliesTo: 'group',
  description: 'Every chat model group has a general fallback.',
  explanation:
    'When every deployment of a group fails (an outage, exhausted quota, all of them cooling down), a request ' +
    'without a fallback fails with it; a fallback to another provider or region keeps chat traffic flowing. ' +
    'Fix: group.fallbackTo(otherGroup) in the app, or `router_settings.fallbacks: [{<group>: [<other group>]}]` ' +
    '(or a generic `{"*": [<other group>]}` rule, or default_fallbacks) in YAML. Groups that are not chat models, and ' +
    'wildcard groups (a `*` in model_name, never requested by that name), are not checked.',
  check(group) {
    if (groupMode(group) !== 'chat' || group.name.includes('*')) return Compliance.notApplicable;
    // LiteLLM skips a group's fallback to itself.
    if (group.config.effectiveFallbacksOf(group.name).targets.some((target) => target !== group.name))
      return Compliance.compliant;
    return Compliance.of([
      {
        message: `Chat group '${group.name}' has no general fallback: when all its deployments fail, its requests fail.`,
      },
    ]);
  },
});
