import {
  type BedrockGeography,
  type CatalogEntry,
  type CatalogModelId,
  CatalogSlice,
  crossRegionProfiles,
  parseBedrockModel,
} from '@litellm-cdk/core';

/**
 * What core's catalog (LiteLLM's model map) says about one Bedrock base model, with the geographies of its
 * cross-region inference profiles. An absent limit means the map does not state it.
 */
export interface BedrockModelSpec extends CatalogEntry {
  /**
   * The geographies with a cross-region inference profile of the model (`eu` for `eu.<id>`), in the order of
   * core's `BEDROCK_GEOGRAPHIES`. The map can lag AWS: a profile missing here may exist by now.
   */
  readonly profiles: readonly BedrockGeography[];
}

/**
 * The catalog's id without its profile prefix; `never` for the map's pricing keys (`us-east-1/...`, image sizes),
 * which are not ids Bedrock is called with. The type-level twin of {@link baseIdOf}.
 */
type BaseModelIdOf<TId extends string> = TId extends `${string}/${string}`
  ? never
  : TId extends `${infer Prefix}.${infer Rest}`
    ? Prefix extends BedrockGeography
      ? Rest extends `${string}.${string}`
        ? Rest
        : never
      : TId
    : never;

/** A Bedrock base model id core's catalog lists, without a cross-region profile prefix. */
export type BedrockBaseModelId = BaseModelIdOf<CatalogModelId<'bedrock' | 'bedrock_converse'>>;

/**
 * A Bedrock model id: the catalog's base ids are offered by autocompletion; any other string is accepted too
 * (a profile id such as `eu.anthropic...`, or a model newer than the catalog, which synth warns about).
 */
export type BedrockModelId = BedrockBaseModelId | (string & {});

/** A base model id: `<vendor>.<model>`, without `/` (the map's pricing keys have one) or whitespace. */
const BASE_MODEL_ID = /^[a-z0-9-]+\.[^/\s]+$/;

/** The base id of a catalog id, or undefined when the id is a pricing key rather than a model. */
function baseIdOf(id: string): string | undefined {
  if (!BASE_MODEL_ID.test(id)) return undefined;
  const { baseId } = parseBedrockModel(id);
  return BASE_MODEL_ID.test(baseId) ? baseId : undefined;
}

let specs: ReadonlyMap<string, BedrockModelSpec> | undefined;

/** Core's Bedrock slice by base id, built on first use. */
function bedrockSpecs(): ReadonlyMap<string, BedrockModelSpec> {
  if (specs) return specs;
  const slice = CatalogSlice.of('bedrock');
  const byBaseId = new Map<string, BedrockModelSpec>();
  for (const id of slice.ids()) {
    const baseId = baseIdOf(id);
    if (baseId === undefined || byBaseId.has(baseId)) continue;
    const profiles = crossRegionProfiles(baseId);
    // A model the map lists only as profiles (`us.deepseek.r1-v1:0`) takes its facts from its first profile.
    const entry = slice.find(baseId) ?? slice.find(`${profiles[0]}.${baseId}`);
    if (entry) byBaseId.set(baseId, Object.freeze({ ...entry, profiles }));
  }
  specs = new Map([...byBaseId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return specs;
}

/** Bedrock's part of core's model catalog (refresh it with `pnpm catalog --from <model map>`). */
export class BedrockModels {
  /**
   * What the catalog says about a model; a profile id (`eu.anthropic...`) is looked up by its base id.
   * `undefined` when the catalog does not list the model.
   */
  public static find(id: string): BedrockModelSpec | undefined {
    return bedrockSpecs().get(parseBedrockModel(id).baseId);
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
    return [...bedrockSpecs().keys()] as BedrockBaseModelId[];
  }

  private constructor() {}
}
