import {
  CatalogModelProvider,
  CatalogSlice,
  type CatalogModelOptions,
  type CatalogModelProviderProps,
  type ModelGroup,
  type ProviderEndpoint,
  type SecretOr,
} from '@litellm-cdk/core';
import type { Construct } from 'constructs';
import { azureEndpoints, type AzureEndpoint } from './azure-endpoint.js';
import type { AzureAIModelId } from './models.js';

const AZURE_AI_PROVIDER_SYMBOL = Symbol.for('@litellm-cdk/openai.AzureAIProvider');

/** Props of an `AzureAIProvider`. */
export interface AzureAIProviderProps extends CatalogModelProviderProps {
  /** The Azure AI Foundry resources, at least one; each needs `api_base`. Every model gets one deployment per resource. */
  readonly endpoints: readonly AzureEndpoint[];
  /**
   * `api_version` of every deployment; an endpoint may override it.
   * @default - none: LiteLLM's default for Azure AI
   */
  readonly apiVersion?: SecretOr<string>;
}

/**
 * Azure AI Foundry models (LiteLLM's `azure_ai/` provider): Llama, Mistral, DeepSeek, Phi, Cohere and others served
 * from an Azure AI Foundry resource.
 *
 * ```ts
 * const foundry = new AzureAIProvider(config, 'foundry', {
 *   endpoints: [{ apiBase: Secret.env('AZURE_AI_API_BASE'), auth: AzureCredentials.apiKey(Secret.env('AZURE_AI_API_KEY')) }],
 * });
 * foundry.addModel('llama', { model: 'Llama-3.3-70B-Instruct' });
 * ```
 */
export class AzureAIProvider extends CatalogModelProvider<AzureAIModelId> {
  /** Whether `x` is an `AzureAIProvider`, from this or any other copy of the library. */
  public static isAzureAIProvider(x: unknown): x is AzureAIProvider {
    return typeof x === 'object' && x !== null && AZURE_AI_PROVIDER_SYMBOL in x;
  }

  public readonly providerName = 'azure_ai';
  protected readonly catalog = CatalogSlice.of('azure_ai');
  protected readonly catalogName = 'Azure AI Foundry';
  private readonly targets: readonly ProviderEndpoint[];

  public constructor(scope: Construct, id: string, props: AzureAIProviderProps) {
    super(scope, id, props);
    Object.defineProperty(this, AZURE_AI_PROVIDER_SYMBOL, { value: true });
    this.targets = azureEndpoints(this, props.endpoints, { apiVersion: props.apiVersion, apiVersionRequired: false });
  }

  /**
   * Serves `options.model` as the model group `name`: one deployment per endpoint, plus one group per thinking budget
   * and reasoning effort.
   * @returns the group named `name`
   */
  public addModel(name: string, options: CatalogModelOptions<AzureAIModelId>): ModelGroup {
    return this.serve(name, options, { modelId: options.model });
  }

  protected endpoints(): readonly ProviderEndpoint[] {
    return this.targets;
  }
}
