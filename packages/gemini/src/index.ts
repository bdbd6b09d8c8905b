// Google AI Studio (`gemini/`) and Vertex AI (`vertex_ai/`) providers for litellm-cdk.
export * from './gemini-provider.js';
export * from './vertex-provider.js';
export { GoogleModelProvider, type DeploymentTarget, type ModelCatalogView } from './google-model-provider.js';
export * from './model-options.js';
export * from './models.js';
export * from './findings.js';
// Thinking variants are core's concept, shared with every provider; re-exported so these names import from here too.
export type { ReasoningEffort, ThinkingVariant, ThinkingVariantNaming } from '@litellm-cdk/core';
export { geminiImporter, importers, vertexImporter } from './importer.js';
