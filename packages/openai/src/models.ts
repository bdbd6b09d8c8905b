import type { CatalogModelId } from '@litellm-cdk/core';

/** A model id OpenAI serves, as core's catalog lists it (`gpt-4o`, `o3`, `text-embedding-3-small`, ...). */
export type OpenAIModelId = CatalogModelId<'openai'>;

/**
 * A model Azure OpenAI serves, as core's catalog lists it without `azure/` (`gpt-4o-2024-08-06`); regional and
 * data-zone prices are separate entries (`eu/gpt-4o-2024-08-06`, `global/gpt-4o-2024-08-06`).
 */
export type AzureModelId = CatalogModelId<'azure'>;

/** A model Azure AI Foundry serves, as core's catalog lists it without `azure_ai/` (`Llama-3.3-70B-Instruct`). */
export type AzureAIModelId = CatalogModelId<'azure_ai'>;
