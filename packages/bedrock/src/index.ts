// The AWS Bedrock provider: model catalog, credential sets, regions, cross-region inference, thinking variants.
export * from './provider.js';
export * from './model-options.js';
export * from './models.js';
export * from './findings.js';
export * from './aspects/cris-expansion.js';
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
export { type BedrockRegions, defaultRegionVariable, isRegionalGeography, REGIONAL_GEOGRAPHIES, type RegionalGeography } from './regions.js';
// Thinking variants are core's concept, shared with every provider; re-exported so these names import from here too.
export { defaultThinkingVariantName, type ReasoningEffort, type ThinkingVariant, type ThinkingVariantNaming } from '@litellm-cdk/core';
export { bedrockImporter, importers } from './importer.js';
