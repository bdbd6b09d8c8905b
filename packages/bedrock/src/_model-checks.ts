import { Annotations, type ModelGroup } from '@litellm-cdk/core';
import { BEDROCK_FINDING_IDS } from './findings.js';

/**
 * `rpm` and `tpm` must be above 0: a limit of 0 or less leaves the deployments no traffic. (Core's schema check
 * reports limits that are not whole numbers, which LiteLLM would skip.)
 */
export function checkRateLimits(group: ModelGroup, limits: { readonly rpm?: number; readonly tpm?: number }): void {
  for (const key of ['rpm', 'tpm'] as const) {
    const value = limits[key];
    if (value !== undefined && value <= 0) {
      Annotations.of(group).addError(
        `${key} ${value} leaves the deployments no traffic; a limit must be above 0.`,
        BEDROCK_FINDING_IDS.invalidRateLimit,
        `Set ${key} to a whole number of ${key === 'rpm' ? 'requests' : 'tokens'} per minute above 0, or leave it out for no limit.`,
      );
    }
  }
}
