import type { ModelInfo, ModelMode, ThinkingOptions, ThinkingVariantNaming } from '@litellm-cdk/core';

/** Props every Google provider takes. */
export interface GoogleProviderProps {
  /**
   * How thinking variants of this provider's models are named, unless `addModel` says otherwise.
   * @default - `<modelName>-think-<budget>`
   */
  readonly thinkingVariantName?: ThinkingVariantNaming;
}

/**
 * Options of `addModel()` of `GeminiProvider` and `VertexProvider`; the thinking options are core's, shared by
 * every provider.
 * @typeParam TModelId the catalog's model ids, offered by autocompletion
 */
export interface GoogleModelOptions<TModelId extends string> extends ThinkingOptions {
  /**
   * The model id without provider prefix (`gemini-2.5-flash`). Ids outside the catalog are allowed and get the
   * warning `gemini/model-not-in-catalog`, since nothing can be checked about them.
   */
  readonly model: TModelId | (string & {});
  /**
   * `model_info.mode` of every deployment. Set it for a model the catalog does not list, or lists under another
   * provider only (Google AI Studio's `text-embedding-004` is listed for Vertex AI only): LiteLLM treats a model
   * without a mode as a chat model in health checks.
   * @default - the catalog's mode when it is not `chat` (LiteLLM's default); nothing otherwise
   */
  readonly mode?: ModelMode;
  /**
   * Requests per minute LiteLLM lets each deployment take (`litellm_params.rpm`). Each API key, project or
   * location is a deployment of its own, so the limit applies per key.
   * @default - no limit
   */
  readonly rpm?: number;
  /**
   * Tokens per minute LiteLLM lets each deployment take (`litellm_params.tpm`), per key like `rpm`.
   * @default - no limit
   */
  readonly tpm?: number;
  /**
   * Further `model_info` of every deployment (`base_model`, `max_output_tokens`, `supports_reasoning` when the
   * catalog lags the provider, ...); not `id`, which must differ between deployments. `max_output_tokens` and
   * `supports_reasoning` given here take precedence over the catalog in core's thinking checks.
   * @default - none
   */
  readonly modelInfo?: Omit<ModelInfo, 'id'>;
}
