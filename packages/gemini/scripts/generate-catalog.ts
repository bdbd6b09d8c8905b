/**
 * Generates the typed Gemini and Vertex AI model catalog (`src/_generated/models.ts`) from LiteLLM's model map:
 *
 * ```
 * pnpm tsx packages/gemini/scripts/generate-catalog.ts <model_prices_and_context_window.json> [--out-dir <dir>]
 * ```
 *
 * The output depends only on the data file: models are sorted, there is no timestamp, so the committed file is
 * byte-identical on every run and a refresh of the data shows up as a readable diff.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file the generator writes, relative to the output directory. */
export const GENERATED_FILE = 'models.ts';

/** Where the committed generated file lives. */
export const DEFAULT_OUT_DIR = fileURLToPath(new URL('../src/_generated/', import.meta.url));

/** Vertex AI families whose every entry is a Google model (Gemini chat models and Google's embedding models). */
const VERTEX_GOOGLE_FAMILIES = new Set(['vertex_ai-language-models', 'vertex_ai-embedding-models']);

/** What the generated file keeps of one model map entry. */
interface ModelRow {
  readonly id: string;
  readonly key: string;
  readonly mode?: string;
  readonly maxInputTokens?: number;
  readonly maxOutputTokens?: number;
  readonly supportsReasoning: boolean;
  readonly supportsPromptCaching: boolean;
  readonly supportsVision: boolean;
}

/** Inputs and output location of one generator run. */
export interface GenerateCatalogOptions {
  readonly modelMapPath: string;
  /** @default the committed `src/_generated` directory */
  readonly outDir?: string;
}

/**
 * Reads the model map, renders the catalog source and writes it.
 * @returns the path written
 */
export function generateCatalog(options: GenerateCatalogOptions): string {
  const modelMap = JSON.parse(readFileSync(options.modelMapPath, 'utf8')) as unknown;
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, GENERATED_FILE);
  writeFileSync(target, renderCatalogSource(modelMap));
  return target;
}

/** Renders the generated file's text from the parsed model map; pure, so it can be tested without a file system. */
export function renderCatalogSource(modelMap: unknown): string {
  if (!isRecord(modelMap)) throw new Error('The model map must be a JSON object of model id -> model info.');
  const gemini = selectModels(modelMap, 'gemini/', (provider) => provider === 'gemini');
  const vertex = selectModels(modelMap, 'vertex_ai/', (provider, id) =>
    VERTEX_GOOGLE_FAMILIES.has(provider) || ((provider === 'vertex_ai' || provider.startsWith('vertex_ai-')) && id.startsWith('gemini')),
  );
  return [
    "// Generated from LiteLLM's model map (model_prices_and_context_window.json, BerriAI/litellm, MIT licence).",
    '// Do not edit: run packages/gemini/scripts/generate-catalog.ts instead.',
    '// One model per line, keyed by the id that follows the provider prefix; `key` is the model map entry.',
    "// Limits absent from the map are left out; maxOutputTokens is max_output_tokens, else max_tokens (the map's rule).",
    "import type { GoogleModelSpec } from '../models.js';",
    '',
    "/** Google AI Studio models, as LiteLLM's `gemini/` provider knows them (entries with `litellm_provider: gemini`). */",
    'export const GEMINI_MODELS = {',
    ...gemini.map(renderRow),
    '} satisfies Record<string, GoogleModelSpec>;',
    '',
    '/**',
    " * Google's models on Vertex AI (`vertex_ai/`): every `vertex_ai-language-models` and `vertex_ai-embedding-models`",
    ' * entry, and Gemini models of other Vertex families.',
    ' */',
    'export const VERTEX_MODELS = {',
    ...vertex.map(renderRow),
    '} satisfies Record<string, GoogleModelSpec>;',
    '',
  ].join('\n');
}

/**
 * The entries of one provider, keyed by model id without `prefix`. When the map lists an id both with and without
 * the prefix, the prefixed entry wins, as in LiteLLM's lookup (and core's `lookupModel`), which tries it first.
 */
function selectModels(
  modelMap: Record<string, unknown>,
  prefix: string,
  belongs: (provider: string, id: string) => boolean,
): ModelRow[] {
  const byId = new Map<string, ModelRow>();
  for (const key of Object.keys(modelMap).sort(compareCodeUnits)) {
    const info = modelMap[key];
    if (!isRecord(info) || typeof info.litellm_provider !== 'string') continue;
    const prefixed = key.startsWith(prefix);
    const id = prefixed ? key.slice(prefix.length) : key;
    if (id.includes('/') || !belongs(info.litellm_provider, id)) continue;
    if (byId.has(id) && !prefixed) continue;
    byId.set(id, toRow(id, key, info));
  }
  return [...byId.values()].sort((a, b) => compareCodeUnits(a.id, b.id));
}

function toRow(id: string, key: string, info: Record<string, unknown>): ModelRow {
  const mode = typeof info.mode === 'string' && info.mode !== '' ? info.mode : undefined;
  const maxInputTokens = tokenCount(info.max_input_tokens);
  const maxOutputTokens = tokenCount(info.max_output_tokens) ?? tokenCount(info.max_tokens);
  return {
    id,
    key,
    ...(mode ? { mode } : {}),
    ...(maxInputTokens !== undefined ? { maxInputTokens } : {}),
    ...(maxOutputTokens !== undefined ? { maxOutputTokens } : {}),
    supportsReasoning: info.supports_reasoning === true,
    supportsPromptCaching: info.supports_prompt_caching === true,
    supportsVision: info.supports_vision === true,
  };
}

function renderRow(row: ModelRow): string {
  const { id, ...fields } = row;
  const body = Object.entries(fields)
    .map(([name, value]) => `${name}: ${typeof value === 'string' ? quote(value) : String(value)}`)
    .join(', ');
  return `  ${quote(id)}: { ${body} },`;
}

/** A single-quoted TypeScript string literal. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Token limits are whole numbers; the map writes a few as floats (`2000000.0`) and a placeholder as text. */
function tokenCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.trunc(value) : undefined;
}

/** Sorting by UTF-16 code units, independent of the locale the generator runs in. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseArguments(argv: readonly string[]): GenerateCatalogOptions {
  const positional: string[] = [];
  let outDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out-dir') outDir = argv[++i];
    else positional.push(argv[i]);
  }
  if (positional.length !== 1) {
    throw new Error('Usage: generate-catalog.ts <model_prices_and_context_window.json> [--out-dir <dir>]');
  }
  return { modelMapPath: resolve(positional[0]), ...(outDir ? { outDir: resolve(outDir) } : {}) };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    console.log(`wrote ${generateCatalog(parseArguments(process.argv.slice(2)))}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
