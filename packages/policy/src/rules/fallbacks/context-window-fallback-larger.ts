import { Compliance, definePolicyRule, type RuleFinding } from '../../rule.js';

/**
 * Each `context_window_fallbacks` target has a larger context window than the group it backs up (the smallest
 * `max_input_tokens` of each group's deployments, from `model_info` or the model catalog).
 */
export const ContextWindowFallbackLarger = definePolicyRule({
  id: 'best-practices/context-window-fallback-larger',
  severity: 'warning',
  appliesTo: 'group',
  description: 'Context-window fallbacks go only to groups with a larger context window.',
  explanation:
    'A context-window fallback runs when a prompt is too long for the group; a target whose window is not larger ' +
    'rejects the same prompt, so the fallback only adds latency. Fix: fall back to a group with a larger ' +
    'max_input_tokens (contextWindowFallbackTo in the app). When a window is unknown (a model the catalog does not ' +
    'list), set model_info.max_input_tokens so that it can be checked.',
  check(group) {
    const ownRule = group.config.fallbacksOf(group.name, 'context_window_fallbacks');
    // Without a rule of its own, the group uses the generic "*" rule, whose path already ends at its list.
    const { targets, path } = ownRule.path
      ? { targets: ownRule.targets, path: [...ownRule.path, group.name] }
      : group.config.genericFallbacks('context_window_fallbacks');
    const own = group.config.contextWindowOf(group.name);
    if (targets.length === 0 || own === undefined) return Compliance.notApplicable;
    const findings: RuleFinding[] = [];
    let checked = 0;
    targets.forEach((target, position) => {
      const window = group.config.contextWindowOf(target);
      if (window === undefined) return;
      checked++;
      if (window > own) return;
      findings.push({
        message: `Context-window fallback of '${group.name}' (${own} input tokens) to '${target}' (${window}) does not reach a larger window.`,
        ...(path ? { path: [...path, position] } : {}),
      });
    });
    return checked === 0 ? Compliance.notApplicable : Compliance.of(findings);
  },
});
