import { Compliance, definePolicyRule } from '../../rule.js';
import { groupMode } from './_group-facts.js';

/** Every chat group has a general fallback: its own `fallbacks` rule, or `default_fallbacks` naming another group. */
export const ChatGroupHasFallback = definePolicyRule({
  id: 'best-practices/chat-group-has-fallback',
  severity: 'warning',
  appliesTo: 'group',
  description: 'Every chat model group has a general fallback.',
  explanation:
    'When every deployment of a group fails (an outage, exhausted quota, all of them cooling down), a request ' +
    'without a fallback fails with it; a fallback to another provider or region keeps chat traffic flowing. ' +
    'Fix: group.fallbackTo(otherGroup) in the app, or `router_settings.fallbacks: [{<group>: [<other group>]}]` ' +
    '(or default_fallbacks) in YAML. Groups that are not chat models are not checked.',
  check(group) {
    if (groupMode(group) !== 'chat') return Compliance.notApplicable;
    const { config } = group;
    if (config.fallbacksOf(group.name).targets.length > 0) return Compliance.compliant;
    if (config.defaultFallbacks.some((target) => target !== group.name)) return Compliance.compliant;
    return Compliance.of([{ message: `Chat group '${group.name}' has no general fallback: when all its deployments fail, its requests fail.` }]);
  },
});
