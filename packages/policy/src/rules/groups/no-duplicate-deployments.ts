import { Compliance, definePolicyRule, type RuleFinding } from '../../rule.js';
import type { DeploymentSubject } from '../../subject.js';
import { coreFindingsOf, startsWith } from '../_core-findings.js';

const CORE_DUPLICATES = ['core/duplicate-deployment', 'core/duplicate-model-id'];

/** Keys that tune how a deployment is used, not which endpoint it calls with which credentials. */
const TUNING_KEYS = new Set([
  'rpm',
  'tpm',
  'weight',
  'order',
  'timeout',
  'stream_timeout',
  'max_retries',
  'max_parallel_requests',
  'max_budget',
  'budget_duration',
  'tags',
]);

/**
 * No model group lists one endpoint twice. Identical entries and repeated `model_info.id`s are core's findings; on
 * top of them this rule flags entries that call the same model, endpoint, region and credentials and differ only in
 * limits, weights, tags or `model_info` (an own id included).
 */
export const NoDuplicateDeployments = definePolicyRule({
  id: 'best-practices/no-duplicate-deployments',
  severity: 'warning',
  appliesTo: 'group',
  description: 'No model group lists the same deployment twice.',
  explanation:
    'A repeated deployment gets twice its share of traffic and, with usage-based routing, twice its rate limit, so ' +
    'the provider throttles what the router thinks is spare capacity; a repeated model_info.id makes LiteLLM drop ' +
    'one entry silently. Fix: remove the repeat, or make the entries differ in what they call (region, api_base, ' +
    'credentials) and give each its own limits.',
  coreFindingIds: CORE_DUPLICATES,
  check(group) {
    if (group.deployments.length < 2) return Compliance.notApplicable;
    const core = coreFindingsOf(group, CORE_DUPLICATES);
    const own: RuleFinding[] = [];
    const seen = new Map<string, DeploymentSubject>();
    for (const deployment of group.deployments) {
      const key = endpointKey(deployment);
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, deployment);
        continue;
      }
      if (core.some((f) => f.path && startsWith(f.path, deployment.path))) continue;
      own.push({
        message:
          `model_list[${deployment.index}] calls the same endpoint as model_list[${earlier.index}] (same model, region and ` +
          `credentials in group '${group.name}'); they differ at most in limits, weights, tags or model_info.`,
        path: deployment.path,
      });
    }
    return Compliance.of([...core, ...own]);
  },
});

function endpointKey(deployment: DeploymentSubject): string {
  const identity = Object.entries(deployment.params)
    .filter(([key]) => !TUNING_KEYS.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(identity);
}
