import {
  CatalogModelProvider,
  CatalogSlice,
  Secret,
  type CatalogModelOptions,
  type CatalogModelProviderProps,
  type ModelGroup,
  type ProviderEndpoint,
  type SecretOr,
} from '@litellm-cdk/core';
import type { Construct } from 'constructs';
import type { OpenAIModelId } from './models.js';

const OPENAI_PROVIDER_SYMBOL = Symbol.for('@litellm-cdk/openai.OpenAIProvider');

/** An OpenAI API key with the organization it bills, and a name for its deployments. */
export interface OpenAIApiKey {
  readonly apiKey: SecretOr<string>;
  /**
   * `organization`: the OpenAI organization the requests are billed to.
   * @default - the key's default organization
   */
  readonly organization?: SecretOr<string>;
  /**
   * The id of its deployments below each group and its credential set.
   * @default - the key's environment variable name, else `key<N>`
   */
  readonly name?: string;
}

/** Props of an `OpenAIProvider`. */
export interface OpenAIProviderProps extends Omit<CatalogModelProviderProps, 'thinkingVariantName'> {
  /**
   * API keys, at least one: a secret, or a key with its organization. Every model gets one deployment per key, in
   * this order, and LiteLLM balances requests across them (so several keys or organizations add up their limits).
   */
  readonly apiKeys: readonly (SecretOr<string> | OpenAIApiKey)[];
  /**
   * `api_base` of every deployment, for a gateway in front of OpenAI.
   * @default - none: `https://api.openai.com/v1`
   */
  readonly apiBase?: SecretOr<string>;
}

/**
 * Options of `OpenAIProvider.addModel()`: OpenAI's reasoning models choose how hard they think with
 * `reasoningEffort` and `reasoningEfforts` (one group per effort); they take no thinking budgets.
 */
export type OpenAIModelOptions = Omit<CatalogModelOptions<OpenAIModelId>, 'thinkingBudgets' | 'thinkingVariantName'>;

/**
 * OpenAI (LiteLLM's `openai/` provider): every model served with each of several API keys and organizations.
 *
 * ```ts
 * const openai = new OpenAIProvider(config, 'openai', {
 *   apiKeys: [Secret.env('OPENAI_API_KEY'), { apiKey: Secret.env('OPENAI_API_KEY_RESEARCH'), organization: 'org-research' }],
 * });
 * openai.addModel('gpt-4o', { model: 'gpt-4o', rpm: 500 });
 * const o3 = openai.addModel('o3', { model: 'o3', reasoningEfforts: ['low', 'high'] }); // groups o3-low, o3-high
 * ```
 */
export class OpenAIProvider extends CatalogModelProvider<OpenAIModelId> {
  /** Whether `x` is an `OpenAIProvider`, from this or any other copy of the library. */
  public static isOpenAIProvider(x: unknown): x is OpenAIProvider {
    return typeof x === 'object' && x !== null && OPENAI_PROVIDER_SYMBOL in x;
  }

  public readonly providerName = 'openai';
  /** The name of each key, in the order given: its deployments' id and credential set. */
  public readonly keyNames: readonly string[];
  protected readonly catalog = CatalogSlice.of('openai');
  protected readonly catalogName = 'OpenAI';
  private readonly targets: readonly ProviderEndpoint[];

  public constructor(scope: Construct, id: string, props: OpenAIProviderProps) {
    super(scope, id, props);
    Object.defineProperty(this, OPENAI_PROVIDER_SYMBOL, { value: true });
    const keys = props.apiKeys.map((key): OpenAIApiKey => (isApiKeyObject(key) ? key : { apiKey: key }));
    this.keyNames = nameKeys(this.node.path, keys);
    this.targets = keys.map((key, index) => ({
      id: this.keyNames[index],
      litellmParams: {
        api_key: key.apiKey,
        ...(key.organization !== undefined ? { organization: key.organization } : {}),
        ...(props.apiBase !== undefined ? { api_base: props.apiBase } : {}),
      },
      facts: { credentialSet: this.keyNames[index] },
    }));
  }

  /**
   * Serves `options.model` as the model group `name`: one deployment per API key, plus one group per reasoning
   * effort of `reasoningEfforts`.
   * @returns the group named `name`
   */
  public addModel(name: string, options: OpenAIModelOptions): ModelGroup {
    return this.serve(name, options, { modelId: options.model });
  }

  protected endpoints(): readonly ProviderEndpoint[] {
    return this.targets;
  }
}

function isApiKeyObject(key: SecretOr<string> | OpenAIApiKey): key is OpenAIApiKey {
  return typeof key === 'object' && !Secret.isSecret(key);
}

/** Each key's name; throws on an empty list, a key and organization listed twice, or two keys with one name. */
function nameKeys(path: string, keys: readonly OpenAIApiKey[]): string[] {
  if (keys.length === 0)
    throw new Error(`[${path}] apiKeys is empty; give at least one key, e.g. Secret.env('OPENAI_API_KEY').`);
  const render = (value: SecretOr<string> | undefined) => (Secret.isSecret(value) ? value.render() : (value ?? ''));
  const names = keys.map(
    (key, index) =>
      key.name ?? (Secret.isSecret(key.apiKey) && key.apiKey.kind === 'env' ? key.apiKey.name : `key${index + 1}`),
  );
  const identities = keys.map((key) => `${render(key.apiKey)}\n${render(key.organization)}`);
  for (let later = 1; later < keys.length; later++) {
    const earlier = identities.indexOf(identities[later]);
    // Never print the value: it may be a plaintext key.
    if (earlier !== later)
      throw new Error(
        `[${path}] apiKeys lists the same key and organization at positions ${earlier + 1} and ${later + 1}; list each once.`,
      );
    if (names.indexOf(names[later]) !== later) {
      throw new Error(
        `[${path}] Two apiKeys are both named '${names[later]}' (one key in two organizations?); give each a name.`,
      );
    }
  }
  return names;
}
