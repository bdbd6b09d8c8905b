// Anthropic's API (`anthropic/`) for litellm-cdk: Claude with thinking variants and prompt caching.
export {
  AnthropicProvider,
  type AnthropicProviderProps,
  type AnthropicModelOptions,
  type AnthropicModelId,
} from './anthropic-provider.js';
export { importers, anthropicImporter } from './importer.js';
// Variants are core's concepts, shared with every provider; re-exported so these names import from here too.
export type { ReasoningEffort, ThinkingVariant, ThinkingVariantNaming, CatalogModelOptions } from '@litellm-cdk/core';
