import { Compliance, definePolicyRule } from '../../rule.js';
import { reachableFallbacks, triedFallbacks } from './_group-facts.js';

/**
 * Every group a group's fallback chain names — following fallbacks of fallbacks — is actually tried by LiteLLM,
 * whose `max_fallbacks` limits how deep fallbacks of fallbacks go, not how many groups one rule lists.
 */
export const FallbackChainWithinMax = definePolicyRule({
  id: 'best-practices/fallback-chain-within-max',
  severity: 'warning',
  appliesTo: 'group',
  description: 'No fallback chain goes deeper than max_fallbacks allows.',
  explanation:
    'LiteLLM tries every group of a fallback rule in turn, but a fallback group falls back in its turn only while ' +
    'the fallback depth (one more for each group tried before it on the way) is below max_fallbacks (default 5): ' +
    'groups reachable only through deeper fallbacks of fallbacks are never tried, however carefully they were chosen. ' +
    'Fix: fall back to those groups directly (list them in the first rule), put groups that fall back further first ' +
    'in their list, or raise maxFallbacks on the Router (router_settings.max_fallbacks).',
  check(group) {
    const chain = reachableFallbacks(group);
    if (chain.length === 0) return Compliance.notApplicable;
    const max = group.config.maxFallbacks;
    const tried = triedFallbacks(group, max);
    const [first, ...others] = chain.filter((name) => !tried.has(name));
    if (first === undefined) return Compliance.compliant;
    const rule = group.config.effectiveFallbacksOf(group.name).path;
    return Compliance.of([
      {
        message:
          `Group '${group.name}' falls back to '${first}' only through fallbacks of fallbacks deeper than max_fallbacks ${max}: ` +
          `'${first}'${others.length > 0 ? ` (and ${others.map((o) => `'${o}'`).join(', ')})` : ''} ${others.length > 0 ? 'are' : 'is'} never tried.`,
        ...(rule ? { path: rule } : {}),
      },
    ]);
  },
});
