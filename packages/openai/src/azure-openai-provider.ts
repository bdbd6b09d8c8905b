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
import type { AzureModelId } from './models.js';

const AZURE_OPENAI_PROVIDER_SYMBOL = Symbol.for('@litellm-cdk/openai.AzureOpenAIProvider');

/** Props of an `AzureOpenAIProvider`. */
export interface AzureOpenAIProviderProps extends Omit<CatalogModelProviderProps, 'thinkingVariantName'> {
  /**
   * The Azure OpenAI resources, at least one: every model gets one deployment per resource (a resource per region,
   * say), and LiteLLM balances requests across them. Each needs `api_base` and `api_version`.
   */
  readonly endpoints: readonly AzureEndpoint[];
  /**
   * `api_version` of every deployment (`2024-10-21`); an endpoint may override it. Required here or on every
   * endpoint (or in its `credential_list` entry): without it LiteLLM falls back to a default that changes between
   * its releases.
   * @default - each endpoint's own
   */
  readonly apiVersion?: SecretOr<string>;
}

/** Options of `AzureOpenAIProvider.addModel()`. */
export interface AzureModelOptions
  extends Omit<CatalogModelOptions<AzureModelId>, 'model' | 'thinkingBudgets' | 'thinkingVariantName'> {
  /** The Azure deployment name, as created in the resource (`gpt-4o-prod`): the model is `azure/<deployment>`. */
  readonly deployment: string;
  /**
   * The model the deployment serves, as the catalog lists it (`gpt-4o-2024-08-06`; regional prices as
   * `eu/gpt-4o-2024-08-06`). Written as `model_info.base_model: azure/<baseModel>`, which LiteLLM uses for costs and
   * capabilities, since a deployment name says nothing about the model. Required in effect when the deployment is
   * not named after a catalog model: the warning `azure/model-not-in-catalog` says so.
   * @default - the deployment name is looked up in the catalog; no `base_model`
   */
  readonly baseModel?: AzureModelId | (string & {});
}

/**
 * Azure OpenAI (LiteLLM's `azure/` provider): deployments in one or more Azure resources, with API keys, Entra ID
 * or a shared `credential_list` entry.
 *
 * ```ts
 * const azure = new AzureOpenAIProvider(config, 'azure', {
 *   apiVersion: '2024-10-21',
 *   endpoints: [
 *     { region: 'swedencentral', apiBase: Secret.env('AZURE_API_BASE_SE'), auth: AzureCredentials.apiKey(Secret.env('AZURE_API_KEY_SE')) },
 *     { region: 'eastus2', apiBase: Secret.env('AZURE_API_BASE_US'), auth: AzureCredentials.servicePrincipal({ ... }) },
 *   ],
 * });
 * azure.addModel('gpt-4o', { deployment: 'gpt-4o-prod', baseModel: 'gpt-4o-2024-08-06', rpm: 300 });
 * ```
 */
export class AzureOpenAIProvider extends CatalogModelProvider<AzureModelId> {
  /** Whether `x` is an `AzureOpenAIProvider`, from this or any other copy of the library. */
  public static isAzureOpenAIProvider(x: unknown): x is AzureOpenAIProvider {
    return typeof x === 'object' && x !== null && AZURE_OPENAI_PROVIDER_SYMBOL in x;
  }

  public readonly providerName = 'azure';
  protected readonly catalog = CatalogSlice.of('azure');
  protected readonly catalogName = 'Azure OpenAI';
  private readonly targets: readonly ProviderEndpoint[];

  public constructor(scope: Construct, id: string, props: AzureOpenAIProviderProps) {
    super(scope, id, props);
    Object.defineProperty(this, AZURE_OPENAI_PROVIDER_SYMBOL, { value: true });
    this.targets = azureEndpoints(this, props.endpoints, { apiVersion: props.apiVersion, apiVersionRequired: true });
  }

  /**
   * Serves the Azure deployment `options.deployment` as the model group `name`: one deployment per endpoint, plus
   * one group per reasoning effort of `reasoningEfforts`.
   * @returns the group named `name`
   */
  public addModel(name: string, options: AzureModelOptions): ModelGroup {
    const { deployment, baseModel, ...rest } = options;
    return this.serve(
      name,
      { ...rest, model: deployment },
      {
        modelId: deployment,
        ...(baseModel !== undefined
          ? { catalogId: baseModel, catalogOption: 'baseModel', modelInfo: { base_model: `azure/${baseModel}` } }
          : {
              catalogOption: 'deployment',
              catalogHint:
                `Set baseModel to the model deployment '${deployment}' serves (e.g. 'gpt-4o-2024-08-06'), so LiteLLM ` +
                'knows its costs and limits; or acknowledge this finding with a reason',
            }),
      },
    );
  }

  protected endpoints(): readonly ProviderEndpoint[] {
    return this.targets;
  }
}
