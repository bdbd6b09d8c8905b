// The AWS Bedrock provider: model catalog, credential sets, regions, cross-region inference, thinking variants.
export { BedrockProvider, type BedrockProviderProps } from './provider.js';
export type { BedrockApiRoute, BedrockModelOptions, RegionalFallbackOptions } from './model-options.js';
export { type BedrockBaseModelId, type BedrockModelId, BedrockModels, type BedrockModelSpec } from './models.js';
export { BEDROCK_FINDING_IDS, type BedrockFindingId } from './findings.js';
export { CrisExpansion } from './aspects/cris-expansion.js';
export {
  type AccessKeyCredentials,
  type AwsCredentialParams,
  type BedrockCredentialSet,
  BedrockCredentials,
  type NamedCredentialSet,
  type ProfileCredentials,
  type RoleCredentials,
  type WebIdentityCredentials,
} from './credentials.js';
export {
  type BedrockRegions,
  defaultRegionVariable,
  isRegionalGeography,
  REGIONAL_GEOGRAPHIES,
  type RegionalGeography,
} from './regions.js';
// Thinking variants are core's concept, shared with every provider; re-exported so these names import from here too.
export {
  defaultThinkingVariantName,
  type ReasoningEffort,
  type ThinkingVariant,
  type ThinkingVariantNaming,
} from '@litellm-cdk/core';
export { bedrockImporter, importers } from './importer.js';
