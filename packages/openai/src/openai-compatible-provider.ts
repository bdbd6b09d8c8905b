import {
  CatalogModelProvider,
  Secret,
  type CatalogModelOptions,
  type CatalogModelProviderProps,
  type ModelGroup,
  type ProviderEndpoint,
  type SecretOr,
} from '@litellm-cdk/core';
import type { Construct } from 'constructs';

const OPENAI_COMPATIBLE_PROVIDER_SYMBOL = Symbol.for('@litellm-cdk/openai.OpenAICompatibleProvider');

/**
 * LiteLLM's providers for servers that speak OpenAI's API: vLLM (`hosted_vllm`), Ollama (`ollama_chat`, or
 * `ollama` for its generate API), LM Studio (`lm_studio`), llamafile, and any other OpenAI-compatible server
 * (`openai` with an `api_base`, or `openai_like`).
 */
export const OPENAI_COMPATIBLE_SERVERS = [
  'hosted_vllm',
  'ollama_chat',
  'ollama',
  'lm_studio',
  'llamafile',
  'openai',
  'openai_like',
] as const;

/** One of {@link OPENAI_COMPATIBLE_SERVERS}. */
export type OpenAICompatibleServer = (typeof OPENAI_COMPATIBLE_SERVERS)[number];

/** One server (or load balancer) that serves the models. */
export interface ServerEndpoint {
  /** `api_base`: the server's URL (`http://vllm.internal:8000/v1`). */
  readonly apiBase: SecretOr<string>;
  /**
   * `api_key`, for servers started with one (`vllm serve --api-key`).
   * @default - none
   */
  readonly apiKey?: SecretOr<string>;
  /**
   * The id of the server's deployments below each group, and their credential set.
   * @default - the host of a literal `apiBase`, else `server<N>` by 1-based position
   */
  readonly name?: string;
}

/** Props of an `OpenAICompatibleProvider`. */
export interface OpenAICompatibleProviderProps extends CatalogModelProviderProps {
  /** LiteLLM's provider for the server software. */
  readonly server: OpenAICompatibleServer;
  /** The servers, at least one; every model gets one deployment per server, and LiteLLM balances across them. */
  readonly endpoints: readonly ServerEndpoint[];
}

/**
 * A self-hosted or third-party server speaking OpenAI's API (vLLM, Ollama, LM Studio, ...). Its models are whatever
 * the server loads, so no catalog lists them by nature and none is consulted; `api_base` is required, since without
 * it LiteLLM would call a default (`localhost`, or OpenAI itself for `openai/`).
 *
 * ```ts
 * const vllm = new OpenAICompatibleProvider(config, 'vllm', {
 *   server: 'hosted_vllm',
 *   endpoints: [{ apiBase: Secret.env('VLLM_API_BASE'), apiKey: Secret.env('VLLM_API_KEY') }],
 * });
 * vllm.addModel('llama-local', { model: 'meta-llama/Llama-3.1-8B-Instruct', mode: 'chat' });
 * ```
 */
export class OpenAICompatibleProvider extends CatalogModelProvider<string> {
  /** Whether `x` is an `OpenAICompatibleProvider`, from this or any other copy of the library. */
  public static isOpenAICompatibleProvider(x: unknown): x is OpenAICompatibleProvider {
    return typeof x === 'object' && x !== null && OPENAI_COMPATIBLE_PROVIDER_SYMBOL in x;
  }

  public readonly providerName: OpenAICompatibleServer;
  protected readonly catalog = undefined;
  protected readonly catalogName: string;
  private readonly targets: readonly ProviderEndpoint[];

  public constructor(scope: Construct, id: string, props: OpenAICompatibleProviderProps) {
    super(scope, id, props);
    Object.defineProperty(this, OPENAI_COMPATIBLE_PROVIDER_SYMBOL, { value: true });
    if (!(OPENAI_COMPATIBLE_SERVERS as readonly string[]).includes(props.server)) {
      throw new Error(
        `[${this.node.path}] server '${props.server}' is not one of ${OPENAI_COMPATIBLE_SERVERS.join(', ')}.`,
      );
    }
    this.providerName = props.server;
    this.catalogName = props.server;
    this.targets = serverEndpoints(this.node.path, props.endpoints);
  }

  /**
   * Serves `options.model`, the id the server knows the model by, as the model group `name`: one deployment per
   * server, plus one group per thinking budget and reasoning effort.
   * @returns the group named `name`
   */
  public addModel(name: string, options: CatalogModelOptions<string>): ModelGroup {
    return this.serve(name, options, { modelId: options.model });
  }

  protected endpoints(): readonly ProviderEndpoint[] {
    return this.targets;
  }
}

function serverEndpoints(path: string, endpoints: readonly ServerEndpoint[]): ProviderEndpoint[] {
  if (endpoints.length === 0)
    throw new Error(
      `[${path}] endpoints is empty; give at least one server, e.g. { apiBase: Secret.env('VLLM_API_BASE') }.`,
    );
  const names = endpoints.map((endpoint, index) => {
    if (endpoint.apiBase === undefined || (typeof endpoint.apiBase === 'string' && !endpoint.apiBase.trim())) {
      throw new Error(
        `[${path}] endpoints[${index}] has no apiBase: LiteLLM would call its default address instead of the server. Set apiBase.`,
      );
    }
    return endpoint.name ?? hostOf(`${path}] endpoints[${index}`, endpoint.apiBase) ?? `server${index + 1}`;
  });
  names.forEach((name, index) => {
    if (names.indexOf(name) !== index)
      throw new Error(`[${path}] Two endpoints are both named '${name}'; give each a distinct name.`);
  });
  return endpoints.map((endpoint, index) => ({
    id: names[index],
    litellmParams: {
      api_base: endpoint.apiBase,
      ...(endpoint.apiKey !== undefined ? { api_key: endpoint.apiKey } : {}),
    },
    facts: { credentialSet: names[index] },
  }));
}

function hostOf(where: string, apiBase: SecretOr<string>): string | undefined {
  if (Secret.isSecret(apiBase)) return undefined;
  try {
    return new URL(apiBase).host || undefined;
  } catch {
    throw new Error(
      `[${where}]: apiBase '${apiBase}' is not a URL; write the server's address, e.g. 'http://vllm.internal:8000/v1'.`,
    );
  }
}
