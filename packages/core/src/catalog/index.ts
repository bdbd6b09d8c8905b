// The model catalog: LiteLLM's model map as typed data, how LiteLLM finds a deployment's provider, and the Bedrock
// naming rules every provider library and policy needs. The data is generated (see scripts/generate-catalog.ts).
export { type CatalogEntry, CATALOG_VERSION, catalogEntry, catalogEntries } from './model-catalog.js';
export { lookupModel, providerMatches } from './lookup.js';
export {
  type GeminiThinkingRange,
  DYNAMIC_THINKING_BUDGET,
  geminiThinkingRange,
  isThinkingBudgetInRange,
} from './gemini-thinking-budgets.js';
export { type CatalogModelId, CatalogSlice } from './catalog-slice.js';
export type { CatalogModelIds } from './_generated/model-ids.js';
export { type LitellmProvider, LITELLM_PROVIDERS, isLitellmProvider, inferProvider } from './provider-inference.js';
export {
  AWS_REGIONS,
  isAwsRegion,
  BEDROCK_GEOGRAPHIES,
  BEDROCK_ROUTES,
  type BedrockGeography,
  type BedrockModel,
  type BedrockRoute,
  crossRegionProfiles,
  isBedrockGeography,
  parseBedrockModel,
  regionMatchesGeography,
  regionsForGeography,
} from './bedrock.js';
