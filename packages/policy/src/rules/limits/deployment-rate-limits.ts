import { Compliance, definePolicyRule } from '../../rule.js';

const LIMIT_KEYS = ['rpm', 'tpm'] as const;

/** Every deployment states its rate limit: `litellm_params.rpm` or `tpm` (or the legacy entry-level keys). */
export const DeploymentRateLimits = definePolicyRule({
  id: 'best-practices/deployment-rate-limits',
  severity: 'warning',
  appliesTo: 'deployment',
  description: 'Every deployment has an rpm or tpm limit.',
  explanation:
    'The router balances load and, with usage-based routing or pre-call checks, avoids deployments that reached ' +
    'their limit only when it knows the limits; without them it sends traffic until the provider answers 429. ' +
    'Fix: set rpm and/or tpm in litellm_params (the provider quota of that model, account and region).',
  check(deployment) {
    const has = LIMIT_KEYS.some((key) => deployment.params[key] != null || deployment.entry[key] != null);
    if (has) return Compliance.compliant;
    return Compliance.of([
      {
        message: `Deployment model_list[${deployment.index}] of '${deployment.modelName}' (${deployment.model ?? 'model from the environment'}) has neither rpm nor tpm.`,
      },
    ]);
  },
});
