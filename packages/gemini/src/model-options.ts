import type { ModelGroup, ModelInfo, ModelMode } from '@litellm-cdk/core';

/**
 * Names the thinking variant with `budget` of the group named `modelName`: the variant's `model_name` and
 * construct id. Give one to the provider (for every model) or to `addModel` (for one model).
 * @example (modelName, budget) => `${modelName}:thinking-${budget / 1024}k`
 */
export type ThinkingVariantNaming = (modelName: string, budget: number) => string;

/** Props every Google provider takes. */
export interface GoogleProviderProps {
  /**
   * How thinking variants of this provider's models are named, unless `addModel` says otherwise.
   * @default - `<modelName>-think-<budget>`
   */
  readonly thinkingVariantName?: ThinkingVariantNaming;
}

/** LiteLLM's `reasoning_effort`, which it maps to Gemini's thinking config. */
export type ReasoningEffort = 'minimal' | 'low' | 'medium' | 'high' | 'none';

/**
 * Options of `addModel()` of `GeminiProvider` and `VertexProvider`.
 * @typeParam TModelId the catalog's model ids, offered by autocompletion
 */
export interface GoogleModelOptions<TModelId extends string> {
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
   * One extra group per budget, in which every deployment thinks with `thinking: {type: enabled, budget_tokens}`
   * (named by `thinkingVariantName`). Core's capability checks report thinking on a model whose catalog entry
   * does not support reasoning and a budget below 1024 tokens as errors, and a budget not below the model's max
   * output tokens as a warning.
   * @default - no thinking variants
   */
  readonly thinkingBudgets?: readonly number[];
  /**
   * The `model_name` of the thinking variant with `budget` of the group named `modelName`.
   * @default - the provider's `thinkingVariantName`: `<modelName>-think-<budget>` unless set there
   */
  readonly thinkingVariantName?: ThinkingVariantNaming;
  /**
   * `reasoning_effort` of the group's own deployments (not of its thinking variants). Anything but `none` on a
   * model whose catalog entry does not support reasoning is an error of core's capability checks.
   * @default - not set: the model's default
   */
  readonly reasoningEffort?: ReasoningEffort;
  /**
   * Further `model_info` of every deployment (`base_model`, `max_output_tokens`, `supports_reasoning` when the
   * catalog lags the provider, ...); not `id`, which must differ between deployments. `max_output_tokens` and
   * `supports_reasoning` given here take precedence over the catalog in core's thinking checks.
   * @default - none
   */
  readonly modelInfo?: Omit<ModelInfo, 'id'>;
}

/** A group that serves a model with a fixed thinking budget, created by `thinkingBudgets`. */
export interface ThinkingVariant {
  /** `thinking.budget_tokens` of its deployments. */
  readonly budgetTokens: number;
  readonly group: ModelGroup;
}
