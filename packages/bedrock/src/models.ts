import { parseBedrockModel, type BedrockGeography } from '@litellm-cdk/core';
import { BEDROCK_MODELS } from './_generated/models.js';

/**
 * What LiteLLM's model map says about one Bedrock base model, as far as the provider uses it.
 * An absent limit means the map does not state it.
 */
export interface BedrockModelSpec {
  /** The model map entry the facts were read from: the base id's own entry, else its first profile's. */
  readonly entry: string;
  /**
   * The geographies with a cross-region inference profile of the model (`eu` for `eu.<id>`), in the order of
   * core's `BEDROCK_GEOGRAPHIES`. The map can lag AWS: a profile missing here may exist by now.
   */
  readonly profiles: readonly BedrockGeography[];
  /** `chat`, `embedding`, `rerank`, `image_generation`, ... */
  readonly mode?: string;
  /** `max_output_tokens`, or `max_tokens` when the map gives no `max_output_tokens`. */
  readonly maxOutputTokens?: number;
  /** Whether the model thinks (`thinking`, `reasoning_effort`). */
  readonly supportsReasoning: boolean;
  /** Whether the model caches prompts (`cache_control_injection_points`). */
  readonly supportsPromptCaching: boolean;
}

/** A Bedrock base model id the catalog lists, without a cross-region profile prefix. */
export type BedrockBaseModelId = keyof typeof BEDROCK_MODELS;

/**
 * A Bedrock model id: the catalog's base ids are offered by autocompletion; any other string is accepted too
 * (a profile id such as `eu.anthropic...`, or a model newer than the catalog, which synth warns about).
 */
export type BedrockModelId = BedrockBaseModelId | (string & {});

/**
 * The Bedrock model catalog, generated from LiteLLM's model map (`scripts/generate-catalog.ts`; refresh it when the
 * map is updated).
 */
export class BedrockModels {
  /**
   * What the catalog says about a model; a profile id (`eu.anthropic...`) is looked up by its base id.
   * `undefined` when the catalog does not list the model.
   */
  public static find(id: string): BedrockModelSpec | undefined {
    const { baseId } = parseBedrockModel(id);
    return Object.hasOwn(BEDROCK_MODELS, baseId) ? BEDROCK_MODELS[baseId as BedrockBaseModelId] : undefined;
  }

  /** Whether the catalog lists the model (by its base id). */
  public static has(id: string): boolean {
    return BedrockModels.find(id) !== undefined;
  }

  /**
   * The geographies with a cross-region inference profile of the model; empty when it has none or is not listed.
   * @example BedrockModels.profiles('anthropic.claude-3-7-sonnet-20250219-v1:0') // ['us', 'eu']
   */
  public static profiles(id: string): readonly BedrockGeography[] {
    return BedrockModels.find(id)?.profiles ?? [];
  }

  /** Every base model id of the catalog, sorted. */
  public static ids(): BedrockBaseModelId[] {
    return Object.keys(BEDROCK_MODELS) as BedrockBaseModelId[];
  }

  private constructor() {}
}
