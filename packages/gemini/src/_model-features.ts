import { Annotations, type ModelGroup } from '@litellm-cdk/core';
import { GOOGLE_FINDING_IDS } from './findings.js';
import type { GoogleModelOptions } from './model-options.js';

/**
 * A limit of 0 or less leaves the deployments no traffic at all. (A limit that is not a whole number is reported
 * by core's schema check of every deployment: LiteLLM skips such a deployment.)
 */
export function checkRateLimits(group: ModelGroup, options: GoogleModelOptions<string>): void {
  for (const key of ['rpm', 'tpm'] as const) {
    const value = options[key];
    if (value !== undefined && value <= 0) {
      Annotations.of(group).addError(
        `${key} ${value} is not above 0, so LiteLLM would send these deployments no requests.`,
        GOOGLE_FINDING_IDS.invalidRateLimit,
        `Set ${key} to the ${key === 'rpm' ? 'requests' : 'tokens'} per minute each key may take, or leave it out for no limit.`,
      );
    }
  }
}
