// Google AI Studio (`gemini/`) and Vertex AI (`vertex_ai/`) providers for litellm-cdk.
export { GeminiProvider, type GeminiProviderProps } from './gemini-provider.js';
export { VertexProvider, type VertexProviderProps } from './vertex-provider.js';
export { GoogleModelProvider, type DeploymentTarget, type ModelCatalogView } from './google-model-provider.js';
export type { GoogleModelOptions, GoogleProviderProps } from './model-options.js';
export { type GeminiModelId, GoogleModels, type GoogleModelSpec, type VertexModelId } from './models.js';
export { GOOGLE_FINDING_IDS, type GoogleFindingId } from './findings.js';
// Thinking variants are core's concept, shared with every provider; re-exported so these names import from here too.
export type { ReasoningEffort, ThinkingVariant, ThinkingVariantNaming } from '@litellm-cdk/core';
export { geminiImporter, importers, vertexImporter } from './importer.js';
