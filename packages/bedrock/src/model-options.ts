import type {
  BedrockGeography,
  CacheControlInjectionProps,
  ModelInfo,
  ModelMode,
  ThinkingOptions,
} from '@litellm-cdk/core';
import type { BedrockModelId } from './models.js';
import type { RegionalGeography } from './regions.js';

/** The explicit LiteLLM routes a Bedrock deployment may take: `bedrock/converse/<id>`, `bedrock/invoke/<id>`. */
export type BedrockApiRoute = 'converse' | 'invoke';

/** Options of `BedrockProvider.addModel()`; the thinking options are core's, shared by every provider. */
export interface BedrockModelOptions extends ThinkingOptions {
  /**
   * The Bedrock model id. A base id (`anthropic.claude-3-7-sonnet-20250219-v1:0`) is called through the
   * cross-region inference profile of each of `geographies`; an id that already names a profile
   * (`eu.anthropic...`) is kept as written. Ids outside the catalog are allowed and get the warning
   * `bedrock/model-not-in-catalog`, since nothing can be checked about them.
   */
  readonly model: BedrockModelId;
  /**
   * Where the model is called. With cross-region inference (the default), one deployment per geography calls the
   * geography's profile (`eu.<id>`) from the geography's region; `global` calls the global profile from the
   * regions of `globalFrom`. With `crossRegion: false`, each deployment calls the base id in the geography's region.
   * @default - the geography of the profile `model` names; required for a base id
   */
  readonly geographies?: readonly BedrockGeography[];
  /**
   * Call the base model in each geography's region instead of a cross-region profile: for models without
   * profiles, such as most embedding models.
   * @default true
   */
  readonly crossRegion?: boolean;
  /**
   * The geographies whose regions call the `global` profile, one deployment each (Bedrock's quotas are per
   * source region, so more sources spread the load).
   * @default - every geography of the provider's region map but `us-gov`; without any, the model's own
   * geographies but `us-gov` (their regions from `AWS_REGION_NAME_<GEOGRAPHY>`)
   */
  readonly globalFrom?: readonly RegionalGeography[];
  /**
   * The LiteLLM route of every deployment: `bedrock/converse/<id>` or `bedrock/invoke/<id>`.
   * @default - none: LiteLLM picks converse or invoke by the model
   */
  readonly route?: BedrockApiRoute;
  /**
   * `model_info.mode` of every deployment. Set it for a model the catalog does not list when it is not a chat model.
   * @default - the catalog's mode when it is not `chat` (LiteLLM's default); nothing otherwise
   */
  readonly mode?: ModelMode;
  /**
   * Requests per minute LiteLLM lets each deployment take (`litellm_params.rpm`). Each geography and credential
   * set is a deployment of its own, so the limit applies to each of them.
   * @default - no limit
   */
  readonly rpm?: number;
  /**
   * Tokens per minute LiteLLM lets each deployment take (`litellm_params.tpm`), per deployment like `rpm`.
   * @default - no limit
   */
  readonly tpm?: number;
  /**
   * Prompt caching for the group and its thinking variants, through core's `CacheControlInjection` aspect:
   * `true` marks the system message as a cache point; an object names the points; `false` opts the groups out of
   * a `CacheControlInjection` added higher up (to the provider or the config). Deployments of models that cannot
   * cache prompts are skipped with an info finding.
   * @default - whatever `CacheControlInjection` aspects above the groups say; none: no cache points
   */
  readonly promptCaching?: boolean | CacheControlInjectionProps;
  /**
   * Further `model_info` of every deployment (`base_model`, `supports_prompt_caching`, ...). `max_output_tokens`
   * and `supports_reasoning` given here take precedence over the catalog in the thinking checks: set them when
   * the catalog lags the provider (it lists 8,192 output tokens for Claude 3.7 Sonnet, which serves far more
   * with thinking).
   * @default - none
   */
  readonly modelInfo?: Omit<ModelInfo, 'id'>;
}

/** Options of `BedrockProvider.addRegionalFallback()`. */
export interface RegionalFallbackOptions {
  /** Where the fallback group calls the model; see `BedrockModelOptions.geographies`. */
  readonly geographies: readonly BedrockGeography[];
  /**
   * The fallback group's name (construct id and `model_name`).
   * @default - `<modelName of the group>-<geographies joined by '-'>`
   */
  readonly name?: string;
}
