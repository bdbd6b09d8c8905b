import {
  CatalogModelProvider,
  CatalogSlice,
  nameSecrets,
  type CatalogModelId,
  type CatalogModelOptions,
  type CatalogModelProviderProps,
  type ModelGroup,
  type ProviderEndpoint,
  type SecretOr,
} from '@litellm-cdk/core';
import type { Construct } from 'constructs';

const ANTHROPIC_PROVIDER_SYMBOL = Symbol.for('@litellm-cdk/anthropic.AnthropicProvider');

/** A Claude model id Anthropic's API serves, as core's catalog lists it (`claude-sonnet-4-5`, `claude-opus-4-1`, ...). */
export type AnthropicModelId = CatalogModelId<'anthropic'>;

/** Props of an `AnthropicProvider`. */
export interface AnthropicProviderProps extends CatalogModelProviderProps {
  /**
   * Anthropic API keys, at least one. Every model gets one deployment per key, in this order, and LiteLLM balances
   * requests across them. Give secrets (`Secret.env('ANTHROPIC_API_KEY')`): a plain string is reported by synth.
   */
  readonly apiKeys: readonly SecretOr<string>[];
  /**
   * `api_base` of every deployment, for a gateway in front of Anthropic.
   * @default - none: `https://api.anthropic.com`
   */
  readonly apiBase?: SecretOr<string>;
}

/** Options of `AnthropicProvider.addModel()`: thinking budgets, reasoning effort and prompt caching included. */
export type AnthropicModelOptions = CatalogModelOptions<AnthropicModelId>;

/**
 * Anthropic's API (LiteLLM's `anthropic/` provider): Claude with thinking variants and prompt caching, as Bedrock's
 * Claude has them.
 *
 * ```ts
 * const anthropic = new AnthropicProvider(config, 'anthropic', { apiKeys: [Secret.env('ANTHROPIC_API_KEY')] });
 * const sonnet = anthropic.addModel('claude-sonnet', {
 *   model: 'claude-sonnet-4-5',
 *   thinkingBudgets: [4096, 16384],   // groups claude-sonnet-think-4096 and -16384
 *   promptCaching: true,              // the system message is a cache point
 * });
 * ```
 *
 * Core's capability checks apply to every deployment: thinking on a model that does not reason, a budget below
 * 1,024 tokens, or not below the model's max output tokens; cache points on a model that does not cache prompts.
 * A deployment's id is the key's environment variable name (`ANTHROPIC_API_KEY`), or `key<N>`.
 */
export class AnthropicProvider extends CatalogModelProvider<AnthropicModelId> {
  /** Whether `x` is an `AnthropicProvider`, from this or any other copy of the library. */
  public static isAnthropicProvider(x: unknown): x is AnthropicProvider {
    return typeof x === 'object' && x !== null && ANTHROPIC_PROVIDER_SYMBOL in x;
  }

  public readonly providerName = 'anthropic';
  /** The name of each API key, in the order given: its deployments' id and credential set. */
  public readonly keyNames: readonly string[];
  protected readonly catalog = CatalogSlice.of('anthropic');
  protected readonly catalogName = 'Anthropic';
  private readonly targets: readonly ProviderEndpoint[];

  public constructor(scope: Construct, id: string, props: AnthropicProviderProps) {
    super(scope, id, props);
    Object.defineProperty(this, ANTHROPIC_PROVIDER_SYMBOL, { value: true });
    this.keyNames = nameSecrets(this.node.path, 'apiKeys', props.apiKeys);
    this.targets = props.apiKeys.map((apiKey, index) => ({
      id: this.keyNames[index],
      litellmParams: { api_key: apiKey, ...(props.apiBase !== undefined ? { api_base: props.apiBase } : {}) },
      facts: { credentialSet: this.keyNames[index] },
    }));
  }

  /**
   * Serves `options.model` as the model group `name`: one deployment per API key, plus one group per thinking budget
   * and reasoning effort.
   * @returns the group named `name`
   */
  public addModel(name: string, options: AnthropicModelOptions): ModelGroup {
    return this.serve(name, options, { modelId: options.model });
  }

  protected endpoints(): readonly ProviderEndpoint[] {
    return this.targets;
  }
}
