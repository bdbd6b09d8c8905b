import type { Construct } from 'constructs';
import {
  type CatalogModelId,
  CatalogSlice,
  isLitellmProvider,
  LITELLM_PROVIDERS,
  type LitellmProvider,
} from '../catalog/index.js';
import type { SecretOr } from '../secrets/secret.js';
import { didYouMean } from '../suggestions/did-you-mean.js';
import {
  CatalogModelProvider,
  type CatalogModelOptions,
  type CatalogModelProviderProps,
  nameSecrets,
  type ProviderEndpoint,
} from './catalog-model-provider.js';
import type { ModelGroup } from './model-group.js';

const API_KEY_PROVIDER_SYMBOL = Symbol.for('@litellm-cdk/core.ApiKeyProvider');

/**
 * Providers whose deployments need more than a model and an API key, with the construct that knows what they need;
 * `ApiKeyProvider` refuses them and names it.
 */
const DEDICATED_CONSTRUCTS: Readonly<Record<string, string>> = {
  bedrock: 'BedrockProvider of @litellm-cdk/bedrock (AWS credentials and regions)',
  vertex_ai: 'VertexProvider of @litellm-cdk/gemini (project, location, credentials)',
  gemini: 'GeminiProvider of @litellm-cdk/gemini',
  openai: 'OpenAIProvider of @litellm-cdk/openai',
  azure: 'AzureOpenAIProvider of @litellm-cdk/openai (api_base, api_version, Entra ID)',
  azure_ai: 'AzureAIProvider of @litellm-cdk/openai (api_base)',
  anthropic: 'AnthropicProvider of @litellm-cdk/anthropic',
  hosted_vllm: 'OpenAICompatibleProvider of @litellm-cdk/openai (api_base)',
  ollama: 'OpenAICompatibleProvider of @litellm-cdk/openai (api_base)',
  ollama_chat: 'OpenAICompatibleProvider of @litellm-cdk/openai (api_base)',
  lm_studio: 'OpenAICompatibleProvider of @litellm-cdk/openai (api_base)',
  openai_like: 'OpenAICompatibleProvider of @litellm-cdk/openai (api_base)',
  sagemaker: 'a raw ModelGroup.addDeployment() (AWS credentials and an endpoint name)',
};

/** Whether `provider` has a construct of its own, which `ApiKeyProvider` refuses and names. */
export function hasDedicatedConstruct(provider: string): boolean {
  return Object.hasOwn(DEDICATED_CONSTRUCTS, provider);
}

/** Props of an `ApiKeyProvider`. */
export interface ApiKeyProviderProps<TProvider extends LitellmProvider> extends CatalogModelProviderProps {
  /** LiteLLM's provider name: the `<provider>/` prefix of every deployment (`mistral`, `groq`, `deepseek`, ...). */
  readonly provider: TProvider;
  /**
   * API keys, at least one. Every model gets one deployment per key, in this order, and LiteLLM balances requests
   * across them. Give secrets (`Secret.env('MISTRAL_API_KEY')`): a plain string is reported by synth.
   */
  readonly apiKeys: readonly SecretOr<string>[];
  /**
   * `api_base` of every deployment: a gateway or regional endpoint in front of the provider.
   * @default - none: LiteLLM calls the provider's public endpoint
   */
  readonly apiBase?: SecretOr<string>;
}

/**
 * Any LiteLLM provider whose deployments are a model plus an API key (Mistral, Groq, DeepSeek, xAI, Cohere,
 * OpenRouter, Together AI, Fireworks AI, Perplexity, Cerebras, ...), checked against that provider's slice of core's
 * catalog: model ids are offered by autocompletion, an id the catalog does not list is a warning with "did you mean",
 * and thinking, reasoning effort and prompt caching are checked against the model's catalog entry.
 *
 * ```ts
 * const mistral = new ApiKeyProvider(config, 'mistral', { provider: 'mistral', apiKeys: [Secret.env('MISTRAL_API_KEY')] });
 * mistral.addModel('mistral-large', { model: 'mistral-large-latest', rpm: 60 });
 * ```
 *
 * It lives in core, not in a package, because it is driven by core's catalog and provider list alone: a user of
 * any of LiteLLM's providers gets these checks without installing anything for it. A deployment's id is the key's
 * environment variable name (`MISTRAL_API_KEY`), or `key<N>` for a key that is not one.
 */
export class ApiKeyProvider<TProvider extends LitellmProvider = LitellmProvider> extends CatalogModelProvider<
  CatalogModelId<TProvider>
> {
  /** Whether `x` is an `ApiKeyProvider`, from this or any other copy of the library. */
  public static isApiKeyProvider(x: unknown): x is ApiKeyProvider {
    return typeof x === 'object' && x !== null && API_KEY_PROVIDER_SYMBOL in x;
  }

  public readonly providerName: TProvider;
  /** The name of each API key, in the order given: its deployments' id and credential set. */
  public readonly keyNames: readonly string[];
  protected readonly catalog: CatalogSlice;
  protected readonly catalogName: string;
  private readonly targets: readonly ProviderEndpoint[];

  public constructor(scope: Construct, id: string, props: ApiKeyProviderProps<TProvider>) {
    super(scope, id, props);
    Object.defineProperty(this, API_KEY_PROVIDER_SYMBOL, { value: true });
    const provider: string = props.provider;
    if (!isLitellmProvider(provider)) {
      throw new Error(
        `[${this.node.path}] provider '${provider}' is not a LiteLLM provider, so the proxy would drop every deployment.` +
          `${didYouMean(provider, LITELLM_PROVIDERS)} The names are LiteLLM's provider prefixes (mistral, groq, deepseek, ...).`,
      );
    }
    if (hasDedicatedConstruct(provider)) {
      throw new Error(
        `[${this.node.path}] provider '${provider}' needs more than an API key: use ${DEDICATED_CONSTRUCTS[provider]}.`,
      );
    }
    this.providerName = props.provider;
    this.catalog = CatalogSlice.of(provider);
    this.catalogName = provider;
    this.keyNames = nameSecrets(this.node.path, 'apiKeys', props.apiKeys);
    this.targets = props.apiKeys.map((apiKey, index) => ({
      id: this.keyNames[index],
      litellmParams: { api_key: apiKey, ...(props.apiBase !== undefined ? { api_base: props.apiBase } : {}) },
      facts: { credentialSet: this.keyNames[index] },
    }));
  }

  /**
   * Serves `options.model` as the model group `name`: one deployment per API key, plus one group per thinking
   * budget and reasoning effort.
   * @returns the group named `name`
   */
  public addModel(name: string, options: CatalogModelOptions<CatalogModelId<TProvider>>): ModelGroup {
    return this.serve(name, options, { modelId: options.model });
  }

  protected endpoints(): readonly ProviderEndpoint[] {
    return this.targets;
  }
}
