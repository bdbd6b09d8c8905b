// OpenAI (`openai/`), Azure OpenAI (`azure/`), Azure AI Foundry (`azure_ai/`) and OpenAI-compatible servers
// (`hosted_vllm/`, `ollama_chat/`, `lm_studio/`, ...) for litellm-cdk.
export {
  OpenAIProvider,
  type OpenAIProviderProps,
  type OpenAIApiKey,
  type OpenAIModelOptions,
} from './openai-provider.js';
export { AzureOpenAIProvider, type AzureOpenAIProviderProps, type AzureModelOptions } from './azure-openai-provider.js';
export { AzureAIProvider, type AzureAIProviderProps } from './azure-ai-provider.js';
export { AzureCredentials, type AzureAuth, type ServicePrincipal, type UsernamePassword } from './azure-credentials.js';
export type { AzureEndpoint } from './azure-endpoint.js';
export {
  OpenAICompatibleProvider,
  OPENAI_COMPATIBLE_SERVERS,
  type OpenAICompatibleProviderProps,
  type OpenAICompatibleServer,
  type ServerEndpoint,
} from './openai-compatible-provider.js';
export type { OpenAIModelId, AzureModelId, AzureAIModelId } from './models.js';
export {
  importers,
  openAIImporter,
  azureOpenAIImporter,
  azureAIImporter,
  openAICompatibleImporter,
} from './importer.js';
// Variants are core's concepts, shared with every provider; re-exported so these names import from here too.
export type {
  ReasoningEffort,
  ReasoningEffortVariant,
  ReasoningEffortVariantNaming,
  CatalogModelOptions,
} from '@litellm-cdk/core';
