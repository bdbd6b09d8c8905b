import { Compliance, definePolicyRule } from '../../rule.js';
import { reachableFallbacks } from './_group-facts.js';

/**
 * A group's fallback chain — every group a request can be passed on to, following fallbacks of fallbacks — is no
 * longer than `max_fallbacks`.
 */
export const FallbackChainWithinMax = definePolicyRule({
  id: 'best-practices/fallback-chain-within-max',
  severity: 'warning',
  appliesTo: 'group',
  description: 'No fallback chain is longer than max_fallbacks.',
  explanation:
    'LiteLLM follows fallbacks of fallbacks, counting each attempt, and gives up after max_fallbacks (default 5): ' +
    'groups further down the chain are never tried, however carefully they were chosen. Fix: shorten the chain ' +
    '(fewer or more direct fallbacks), or raise maxFallbacks on the Router (router_settings.max_fallbacks).',
  check(group) {
    const chain = reachableFallbacks(group);
    if (chain.length === 0) return Compliance.notApplicable;
    const max = group.config.maxFallbacks;
    if (chain.length <= max) return Compliance.compliant;
    const rule = group.config.fallbacksOf(group.name).path;
    return Compliance.of([
      {
        message:
          `Group '${group.name}' can fall back through ${chain.length} groups (${chain.join(', ')}), more than max_fallbacks ` +
          `${max}: ${chain.slice(max).join(', ')} ${chain.length - max === 1 ? 'is' : 'are'} never tried.`,
        ...(rule ? { path: rule } : {}),
      },
    ]);
  },
});
