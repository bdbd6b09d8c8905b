import { type CatalogEntry, type CatalogModelId, type CatalogModelIds, CatalogSlice } from '@litellm-cdk/core';

/**
 * What core's catalog (LiteLLM's model map) says about one Google model: its `id` is the map's key
 * (`gemini/gemini-2.5-flash`, `gemini-2.5-flash`, `text-embedding-004`). Absent limits mean the map does not state them.
 */
export type GoogleModelSpec = CatalogEntry;

/** Ids with a `/` left after the provider prefix are pricing or routing variants, not models of their own. */
type WithoutSlash<TId extends string> = TId extends `${string}/${string}` ? never : TId;

/** A model id Google AI Studio serves through LiteLLM's `gemini/` provider, as core's catalog lists it. */
export type GeminiModelId = WithoutSlash<CatalogModelId<'gemini'>>;

/** The model map's families of Vertex AI models, all of which are Google's (the others hold partner models). */
type VertexGoogleFamily = 'vertex_ai-language-models' | 'vertex_ai-embedding-models';
const VERTEX_GOOGLE_FAMILIES: ReadonlySet<string> = new Set<VertexGoogleFamily>([
  'vertex_ai-language-models',
  'vertex_ai-embedding-models',
]);

/** Every family of Vertex AI models in the catalog (`vertex_ai`, `vertex_ai-anthropic_models`, ...). */
type VertexFamily = Extract<keyof CatalogModelIds, 'vertex_ai' | `vertex_ai-${string}`>;

/**
 * A Google model id Vertex AI serves through LiteLLM's `vertex_ai/` provider, as core's catalog lists it: the Google
 * families' models, and Gemini models of the other families.
 */
export type VertexModelId = WithoutSlash<
  CatalogModelId<VertexGoogleFamily> | Extract<CatalogModelId<VertexFamily>, `gemini${string}`>
>;

/** The runtime twin of {@link VertexModelId}'s rule. */
function isVertexGoogleModel(id: string, entry: CatalogEntry): boolean {
  return VERTEX_GOOGLE_FAMILIES.has(entry.provider) || id.startsWith('gemini');
}

/** A provider's slice of core's catalog, narrowed to the ids the provider offers. */
class GoogleCatalogView {
  private readonly slice: CatalogSlice;
  private listed: readonly string[] | undefined;

  public constructor(
    provider: string,
    private readonly offers: (id: string, entry: CatalogEntry) => boolean,
  ) {
    this.slice = CatalogSlice.of(provider);
  }

  public find(id: string): CatalogEntry | undefined {
    const entry = id.includes('/') ? undefined : this.slice.find(id);
    return entry && this.offers(id, entry) ? entry : undefined;
  }

  public ids(): readonly string[] {
    this.listed ??= this.slice.ids().filter((id) => this.find(id) !== undefined);
    return this.listed;
  }
}

const GEMINI = new GoogleCatalogView('gemini', () => true);
const VERTEX = new GoogleCatalogView('vertex_ai', isVertexGoogleModel);

/** The Gemini and Vertex AI parts of core's model catalog (refresh it with `pnpm catalog --from <model map>`). */
export class GoogleModels {
  /** What the catalog says about a Google AI Studio model id (without `gemini/`); `undefined` when it is not listed. */
  public static gemini(id: string): GoogleModelSpec | undefined {
    return GEMINI.find(id);
  }

  /** What the catalog says about a Vertex AI model id (without `vertex_ai/`); `undefined` when it is not listed. */
  public static vertex(id: string): GoogleModelSpec | undefined {
    return VERTEX.find(id);
  }

  /** Every Google AI Studio model id of the catalog, sorted. */
  public static geminiIds(): GeminiModelId[] {
    return [...GEMINI.ids()] as GeminiModelId[];
  }

  /** Every Vertex AI model id of the catalog, sorted. */
  public static vertexIds(): VertexModelId[] {
    return [...VERTEX.ids()] as VertexModelId[];
  }

  private constructor() {}
}
