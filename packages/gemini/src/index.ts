// Google AI Studio (`gemini/`) and Vertex AI (`vertex_ai/`) providers for litellm-cdk.
export * from './gemini-provider.js';
export * from './vertex-provider.js';
export { GoogleModelProvider, type DeploymentTarget, type ModelCatalogView } from './google-model-provider.js';
export * from './model-options.js';
export * from './models.js';
export * from './findings.js';
