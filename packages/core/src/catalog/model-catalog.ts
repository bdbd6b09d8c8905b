import { MODEL_MAP_ROWS, MODEL_MAP_VERSION } from './_generated/model-map.js';

/**
 * What LiteLLM's model map says about one model id.
 *
 * Only the facts the framework checks are kept; absent numbers mean the map does not say.
 */
export interface CatalogEntry {
  /** The model map key, e.g. `gpt-4o`, `gemini/gemini-2.0-flash`, `eu.anthropic.claude-3-7-sonnet-20250219-v1:0`. */
  readonly id: string;
  /**
   * The map's `litellm_provider`, as written there (`openai`, `bedrock_converse`, `vertex_ai-language-models`, ...);
   * see `inferProvider` for the provider LiteLLM actually routes to.
   */
  readonly provider: string;
  /** `chat`, `completion`, `embedding`, `image_generation`, `responses`, ... */
  readonly mode?: string;
  readonly maxInputTokens?: number;
  /** `max_output_tokens`, else `max_tokens`: the fallback the map's own `sample_spec` prescribes. */
  readonly maxOutputTokens?: number;
  readonly supportsReasoning: boolean;
  readonly supportsPromptCaching: boolean;
  readonly supportsVision: boolean;
  readonly supportsFunctionCalling: boolean;
}

/** The LiteLLM release the catalog was generated from, e.g. `v1.81.13`; findings that rely on it name it. */
export const CATALOG_VERSION: string = MODEL_MAP_VERSION;

/** Marks an absent field in a generated row (see the generator). */
const ABSENT = '-';

/** Each row by its model id; a row is replaced by its entry when first asked for (see `entry`). */
let byId: Map<string, string | CatalogEntry> | undefined;

/**
 * Indexed on first use, so that importing the catalog costs nothing for code that never asks it anything; rows are
 * decoded one at a time, since validating a config asks about a few dozen of the thousands of models (decoding them
 * all was a tenth of a small config's checks).
 */
function catalog(): Map<string, string | CatalogEntry> {
  if (byId === undefined) {
    byId = new Map();
    for (const row of MODEL_MAP_ROWS.split('\n')) {
      const space = row.indexOf(' ');
      byId.set(space < 0 ? row : row.slice(0, space), row);
    }
  }
  return byId;
}

function entry(id: string): CatalogEntry | undefined {
  const found = catalog().get(id);
  if (typeof found !== 'string') return found;
  const decoded = decodeRow(found);
  catalog().set(id, decoded);
  return decoded;
}

function decodeRow(row: string): CatalogEntry {
  const [id, provider = '', mode, maxInput, maxOutput, flags = ''] = row.split(' ');
  const decoded: Mutable<CatalogEntry> = {
    id,
    provider,
    supportsReasoning: flags.includes('R'),
    supportsPromptCaching: flags.includes('C'),
    supportsVision: flags.includes('V'),
    supportsFunctionCalling: flags.includes('F'),
  };
  if (isPresent(mode)) decoded.mode = mode;
  if (isPresent(maxInput)) decoded.maxInputTokens = Number(maxInput);
  if (isPresent(maxOutput)) decoded.maxOutputTokens = Number(maxOutput);
  return Object.freeze(decoded);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function isPresent(field: string | undefined): field is string {
  return field !== undefined && field !== ABSENT;
}

/**
 * The catalog entry stored under exactly this model map key, without any of `lookupModel`'s normalisation.
 * @example catalogEntry('gpt-4o')?.maxOutputTokens // 16384
 */
export function catalogEntry(id: string): CatalogEntry | undefined {
  return entry(id);
}

/** Every catalog entry, sorted by id (for provider libraries that list or search models). */
export function* catalogEntries(): Iterable<CatalogEntry> {
  for (const id of catalog().keys()) yield entry(id) as CatalogEntry;
}
