import { inferProvider, parseBedrockModel } from '@litellm-cdk/core';
import { isSecretReference } from '../../config-view.js';
import { Compliance, definePolicyRule } from '../../rule.js';
import { coreFindingsOf } from '../_core-findings.js';

/**
 * A Bedrock cross-region inference profile (`eu.`, `us.`, `apac.`, ...) is called from a region of its geography.
 * Checked when the region is written in the config; core's capability check decides.
 */
export const CrossRegionProfileGeography = definePolicyRule({
  id: 'best-practices/cross-region-profile-geography',
  severity: 'error',
  appliesTo: 'deployment',
  description: 'Cross-region inference profiles are called from a region of their geography.',
  explanation:
    'Bedrock serves an eu.* profile only to callers in eu-* regions (us.* from us-*, apac.* from ap-*, and so on); ' +
    'called from elsewhere every request fails with a validation error. Fix: set aws_region_name to a region of the ' +
    "profile's geography, or use the profile of the deployment's geography. Regions read from the environment cannot " +
    "be checked. Findings carry core's id; acknowledge that id.",
  coreFindingIds: ['core/cris-region-mismatch'],
  check(deployment) {
    const { model, params } = deployment;
    const custom = typeof params.custom_llm_provider === 'string' ? params.custom_llm_provider : undefined;
    if (!model || !inferProvider(model, custom)?.startsWith('bedrock')) return Compliance.notApplicable;
    if (!parseBedrockModel(model).geography) return Compliance.notApplicable;
    const region = params.aws_region_name ?? params.region_name;
    if (typeof region !== 'string' || isSecretReference(region)) return Compliance.notApplicable;
    return Compliance.of(coreFindingsOf(deployment, ['core/cris-region-mismatch']));
  },
});
