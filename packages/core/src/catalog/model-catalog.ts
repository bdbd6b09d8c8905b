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

let decoded: ReadonlyMap<string, CatalogEntry> | undefined;

/** Decoded on first use so that importing the catalog costs nothing for code that never asks it anything. */
function catalog(): ReadonlyMap<string, CatalogEntry> {
  decoded ??= decodeRows(MODEL_MAP_ROWS);
  return decoded;
}

function decodeRows(rows: string): ReadonlyMap<string, CatalogEntry> {
  const entries = new Map<string, CatalogEntry>();
  for (const row of rows.split('\n')) {
    const [id, provider = '', mode, maxInput, maxOutput, flags = ''] = row.split(' ');
    const entry: Mutable<CatalogEntry> = {
      id,
      provider,
      supportsReasoning: flags.includes('R'),
      supportsPromptCaching: flags.includes('C'),
      supportsVision: flags.includes('V'),
      supportsFunctionCalling: flags.includes('F'),
    };
    if (isPresent(mode)) entry.mode = mode;
    if (isPresent(maxInput)) entry.maxInputTokens = Number(maxInput);
    if (isPresent(maxOutput)) entry.maxOutputTokens = Number(maxOutput);
    entries.set(id, Object.freeze(entry));
  }
  return entries;
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
  return catalog().get(id);
}

/** Every catalog entry, sorted by id (for provider libraries that list or search models). */
export function catalogEntries(): Iterable<CatalogEntry> {
  return catalog().values();
}
