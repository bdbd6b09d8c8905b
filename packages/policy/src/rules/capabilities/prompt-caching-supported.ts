import { Compliance, definePolicyRule } from '../../rule.js';
import { coreFindingsOf } from '../_core-findings.js';

const CACHING_FINDINGS = ['core/prompt-caching-unsupported', 'core/version-dependent-value'];

/**
 * `cache_control_injection_points` only on models that support prompt caching (never embeddings), with locations
 * the reference LiteLLM version understands. Core's capability checks decide.
 */
export const PromptCachingSupported = definePolicyRule({
  id: 'best-practices/prompt-caching-supported',
  severity: 'error',
  appliesTo: 'deployment',
  description: 'Prompt caching is injected only into models that support it.',
  explanation:
    'Cache-control points on a model without prompt caching are at best ignored and at worst rejected by the ' +
    'provider; a location the running LiteLLM does not know is silently skipped. Fix: remove the injection points ' +
    '(or the injecting aspect) from such deployments; if the catalog lags the provider, set ' +
    "model_info.supports_prompt_caching: true. Findings carry core's ids; acknowledge those ids.",
  coreFindingIds: CACHING_FINDINGS,
  check(deployment) {
    const points = deployment.params.cache_control_injection_points;
    if (!Array.isArray(points) || points.length === 0) return Compliance.notApplicable;
    const pointsPath = [...deployment.path, 'litellm_params', 'cache_control_injection_points'];
    return Compliance.of(
      coreFindingsOf(deployment, CACHING_FINDINGS, (path) => pointsPath.every((part, i) => path[i] === part)),
    );
  },
});
