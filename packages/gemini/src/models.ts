import { GEMINI_MODELS, VERTEX_MODELS } from './_generated/models.js';

/**
 * What LiteLLM's model map says about one Google model, as far as the providers use it.
 * Absent limits mean the map does not state them.
 */
export interface GoogleModelSpec {
  /** The model map entry it was read from (`gemini/gemini-2.5-flash`, `gemini-2.5-flash`, `text-embedding-004`). */
  readonly key: string;
  /** `chat`, `embedding`, `image_generation`, ... */
  readonly mode?: string;
  readonly maxInputTokens?: number;
  /** `max_output_tokens`, or `max_tokens` when the map gives no `max_output_tokens`. */
  readonly maxOutputTokens?: number;
  /** Whether the model thinks (`thinking`, `reasoning_effort`). */
  readonly supportsReasoning: boolean;
  readonly supportsPromptCaching: boolean;
  readonly supportsVision: boolean;
}

/** A model id Google AI Studio serves through LiteLLM's `gemini/` provider, as listed in the catalog. */
export type GeminiModelId = keyof typeof GEMINI_MODELS;

/** A Google model id Vertex AI serves through LiteLLM's `vertex_ai/` provider, as listed in the catalog. */
export type VertexModelId = keyof typeof VERTEX_MODELS;

/**
 * The Gemini and Vertex AI model catalog, generated from LiteLLM's model map
 * (`scripts/generate-catalog.ts`; refresh it when the map is updated).
 */
export class GoogleModels {
  /** What the catalog says about a Google AI Studio model id (without `gemini/`); `undefined` when it is not listed. */
  public static gemini(id: string): GoogleModelSpec | undefined {
    return Object.hasOwn(GEMINI_MODELS, id) ? GEMINI_MODELS[id as GeminiModelId] : undefined;
  }

  /** What the catalog says about a Vertex AI model id (without `vertex_ai/`); `undefined` when it is not listed. */
  public static vertex(id: string): GoogleModelSpec | undefined {
    return Object.hasOwn(VERTEX_MODELS, id) ? VERTEX_MODELS[id as VertexModelId] : undefined;
  }

  /** Every Google AI Studio model id of the catalog, sorted. */
  public static geminiIds(): GeminiModelId[] {
    return Object.keys(GEMINI_MODELS) as GeminiModelId[];
  }

  /** Every Vertex AI model id of the catalog, sorted. */
  public static vertexIds(): VertexModelId[] {
    return Object.keys(VERTEX_MODELS) as VertexModelId[];
  }

  private constructor() {}
}
