/**
 * Generates the model catalog that `src/catalog` reads, from LiteLLM's own data files:
 *
 * ```
 * pnpm tsx packages/core/scripts/generate-catalog.ts <model_prices_and_context_window.json> <litellm_providers.json>
 *   [--version v1.81.13] [--openai-like <litellm/llms/openai_like/providers.json>] [--out-dir <dir>]
 * ```
 *
 * Writes `src/catalog/_generated/model-map.ts`, `providers.ts` and `model-ids.ts` (or into `--out-dir`).
 * The output depends only on the input files: entries are sorted, there is no timestamp, so the committed files
 * are byte-identical on every run and a refresh shows up as a readable diff.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file names the generator writes, relative to the output directory. */
export const GENERATED_FILES = ['model-map.ts', 'providers.ts', 'model-ids.ts'] as const;

/** Where the committed generated files live. */
export const DEFAULT_OUT_DIR = fileURLToPath(new URL('../src/catalog/_generated/', import.meta.url));

/** The capability flags kept in the catalog, with the letter each one is stored as. */
const FLAG_LETTERS = [
  ['supports_reasoning', 'R'],
  ['supports_prompt_caching', 'C'],
  ['supports_vision', 'V'],
  ['supports_function_calling', 'F'],
] as const;

/**
 * The OpenAI-compatible providers LiteLLM registers from `litellm/llms/openai_like/providers.json` (its
 * `JSONProviderRegistry`) that are not in its `LlmProviders` enum, at v1.81.13. They are valid `model` prefixes
 * like the enum's names. Recorded here because the data files hold only the enum; pass the real providers.json
 * with `--openai-like` to refresh them (its keys minus the enum's names).
 */
export const RECORDED_OPENAI_LIKE_PROVIDERS: readonly string[] = [
  'abliteration',
  'gmi',
  'llamagate',
  'sarvam',
  'scaleway',
  'veniceai',
];

/** The LiteLLM release {@link RECORDED_OPENAI_LIKE_PROVIDERS} were read from. */
const RECORDED_VERSION = 'v1.81.13';

/** Marks an absent field inside a row; never a real value (checked below). */
const ABSENT = '-';

/** What the generator needs to know about where the data came from. */
export interface CatalogSource {
  /** LiteLLM release, e.g. `v1.81.13`. */
  readonly version: string;
  /** Upstream commit, when the providers file names one. */
  readonly commit?: string;
}

/** Inputs and output location of one generator run. */
export interface GenerateCatalogOptions {
  readonly modelMapPath: string;
  readonly providersPath: string;
  /** @default the committed `src/catalog/_generated` directory */
  readonly outDir?: string;
  /** @default read from the providers file's `source` field */
  readonly version?: string;
  /** LiteLLM's `litellm/llms/openai_like/providers.json`. @default {@link RECORDED_OPENAI_LIKE_PROVIDERS} */
  readonly openAiLikeProvidersPath?: string;
}

/**
 * Reads both data files, renders the generated sources and writes them.
 * @returns the paths written
 */
export function generateCatalog(options: GenerateCatalogOptions): string[] {
  const modelMap = JSON.parse(readFileSync(options.modelMapPath, 'utf8')) as unknown;
  const providersFile = JSON.parse(readFileSync(options.providersPath, 'utf8')) as unknown;
  const openAiLike = options.openAiLikeProvidersPath
    ? (JSON.parse(readFileSync(options.openAiLikeProvidersPath, 'utf8')) as unknown)
    : undefined;
  const sources = renderCatalogSources(modelMap, providersFile, options.version, openAiLike);
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  mkdirSync(outDir, { recursive: true });
  return GENERATED_FILES.map((name) => {
    const target = join(outDir, name);
    writeFileSync(target, sources[name]);
    return target;
  });
}

/**
 * Renders the generated files' text from the parsed data files; pure, so it can be tested without a file system.
 * @param version overrides the version found in the providers file
 * @param openAiLikeFile LiteLLM's openai_like providers.json (slug -> config); the recorded names when absent
 */
export function renderCatalogSources(
  modelMap: unknown,
  providersFile: unknown,
  version?: string,
  openAiLikeFile?: unknown,
): Record<(typeof GENERATED_FILES)[number], string> {
  if (!isRecord(modelMap)) throw new Error('The model map must be a JSON object of model id -> model info.');
  if (!isRecord(providersFile) || !Array.isArray(providersFile.providers)) {
    throw new Error('The providers file must be a JSON object with a "providers" array.');
  }
  const source = readSource(providersFile, version);
  const providers = providersFile.providers.map((name, index) => {
    if (typeof name !== 'string' || !/^[a-z0-9_-]+$/.test(name)) {
      throw new Error(`Provider #${index} (${JSON.stringify(name)}) is not a plain provider name.`);
    }
    return name;
  });
  const enumNames = new Set(providers);
  const openAiLike = openAiLikeNames(openAiLikeFile).filter((name) => !enumNames.has(name));
  return {
    'model-map.ts': renderModelMap(modelMap, source),
    'providers.ts': renderProviders(
      [...enumNames].sort(compareCodeUnits),
      openAiLike,
      source,
      openAiLikeFile !== undefined,
    ),
    'model-ids.ts': renderModelIds(modelMap, source, enumNames),
  };
}

function openAiLikeNames(openAiLikeFile: unknown): string[] {
  if (openAiLikeFile === undefined) return [...RECORDED_OPENAI_LIKE_PROVIDERS];
  if (!isRecord(openAiLikeFile))
    throw new Error('The openai_like providers file must be a JSON object of provider slug -> config.');
  return Object.keys(openAiLikeFile).map((name) => {
    if (!/^[a-z0-9_-]+$/.test(name))
      throw new Error(`openai_like provider ${JSON.stringify(name)} is not a plain provider name.`);
    return name;
  });
}

function readSource(providersFile: Record<string, unknown>, versionOverride: string | undefined): CatalogSource {
  const text = typeof providersFile.source === 'string' ? providersFile.source : '';
  const version = versionOverride ?? /\bv\d+\.\d+\.\d+\b/.exec(text)?.[0];
  if (!version) {
    throw new Error('No LiteLLM version found in the providers file\'s "source" field; pass --version vX.Y.Z.');
  }
  const commit = /\bcommit ([0-9a-f]{7,40})\b/.exec(text)?.[1];
  return commit ? { version, commit } : { version };
}

function describeSource(source: CatalogSource): string {
  const commit = source.commit ? `, BerriAI/litellm commit ${source.commit}` : '';
  return `LiteLLM model map ${source.version}${commit}; MIT licence`;
}

function renderModelMap(modelMap: Record<string, unknown>, source: CatalogSource): string {
  const ids = Object.keys(modelMap)
    .filter((id) => id !== 'sample_spec')
    .sort(compareCodeUnits);
  const rows = ids.map((id) => renderRow(id, modelMap[id]));
  return [
    `// Generated from ${describeSource(source)}.`,
    '// Do not edit: run packages/core/scripts/generate-catalog.ts instead.',
    '// One model per line, fields separated by one space: id, litellm_provider, mode, max input tokens,',
    '// max output tokens (max_output_tokens, else max_tokens, the rule the model map documents in its',
    '// sample_spec), flags (R reasoning, C prompt caching, V vision, F function calling; true flags only).',
    `// "${ABSENT}" marks an absent field; trailing absent fields are left out.`,
    '',
    '/** LiteLLM release the rows were generated from. */',
    `export const MODEL_MAP_VERSION: string = '${source.version}';`,
    '',
    '/** Number of rows in {@link MODEL_MAP_ROWS}. */',
    `export const MODEL_MAP_SIZE: number = ${rows.length};`,
    '',
    // Typed as string so declaration files do not repeat the whole text as a literal type.
    '/** The model map, one row per model id, sorted by id; decoded lazily by `src/catalog/model-catalog.ts`. */',
    `export const MODEL_MAP_ROWS: string = \`${rows.join('\n')}\`;`,
    '',
  ].join('\n');
}

/**
 * The typed catalog slices: per `litellm_provider`, the ids a provider library offers for autocompletion, without
 * the `<provider>/` prefix the map writes for most providers (`azure/gpt-4o` -> `gpt-4o`); a family of a provider
 * loses that provider's prefix (`vertex_ai/claude-opus-4` of `vertex_ai-anthropic_models` -> `claude-opus-4`), as
 * `CatalogSlice` keys it. Types only: the facts stay in the rows, so the slices cost nothing at run time.
 */
function renderModelIds(
  modelMap: Record<string, unknown>,
  source: CatalogSource,
  providerNames: ReadonlySet<string>,
): string {
  const byProvider = new Map<string, Set<string>>();
  for (const id of Object.keys(modelMap)) {
    const record = modelMap[id];
    const provider = isRecord(record) ? nonEmptyString(record.litellm_provider) : undefined;
    if (id === 'sample_spec' || provider === undefined || !/^[a-z0-9_-]+$/.test(provider)) continue;
    const family = provider.includes('-') ? provider.slice(0, provider.indexOf('-')) : undefined;
    const prefix = [provider, family].find(
      (name) => name !== undefined && (name === provider || providerNames.has(name)) && id.startsWith(`${name}/`),
    );
    const sliceId = prefix ? id.slice(prefix.length + 1) : id;
    if (/['\\\n]/.test(sliceId)) throw new Error(`Model ${JSON.stringify(id)} cannot be stored as a type.`);
    byProvider.set(provider, (byProvider.get(provider) ?? new Set()).add(sliceId));
  }
  const providers = [...byProvider.keys()].sort(compareCodeUnits);
  return [
    `// Generated from ${describeSource(source)}.`,
    '// Do not edit: run packages/core/scripts/generate-catalog.ts instead.',
    '',
    '/**',
    " * The model ids of the catalog by the model map's `litellm_provider`, without the `<provider>/` prefix the map",
    ' * writes for most providers: the typed slices provider libraries offer for autocompletion (see `CatalogModelId`).',
    ' */',
    'export interface CatalogModelIds {',
    ...providers.map((provider) => {
      const ids = [...byProvider.get(provider)!].sort(compareCodeUnits).map((id) => `'${id}'`);
      return `  '${provider}':\n    | ${ids.join('\n    | ')};`;
    }),
    '}',
    '',
  ].join('\n');
}

function renderRow(id: string, info: unknown): string {
  const record = isRecord(info) ? info : {};
  const flags = FLAG_LETTERS.filter(([key]) => record[key] === true)
    .map(([, letter]) => letter)
    .join('');
  const fields = [
    storable(id, id),
    storable(id, nonEmptyString(record.litellm_provider)),
    storable(id, nonEmptyString(record.mode)),
    tokenCount(record.max_input_tokens),
    tokenCount(record.max_output_tokens) ?? tokenCount(record.max_tokens),
    flags || ABSENT,
  ].map((field) => field ?? ABSENT);
  while (fields.length > 1 && fields[fields.length - 1] === ABSENT) fields.pop();
  return fields.join(' ');
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Token limits are whole numbers; the map writes a few as floats (`2000000.0`) and a placeholder as text. */
function tokenCount(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? String(Math.trunc(value)) : undefined;
}

/** A text field must survive the row format and the template literal the rows are embedded in. */
function storable(id: string, value: string | undefined): string | undefined {
  if (value !== undefined && (value === ABSENT || /[\s`\\]|\$\{/.test(value))) {
    throw new Error(`Model ${JSON.stringify(id)}: ${JSON.stringify(value)} cannot be stored in the row format.`);
  }
  return value;
}

function renderProviders(
  providers: readonly string[],
  openAiLike: readonly string[],
  source: CatalogSource,
  openAiLikeFromFile: boolean,
): string {
  const sortedOpenAiLike = [...new Set(openAiLike)].sort(compareCodeUnits);
  const openAiLikeSource = openAiLikeFromFile
    ? 'the keys of litellm/llms/openai_like/providers.json'
    : `the keys of litellm/llms/openai_like/providers.json at ${RECORDED_VERSION}, as recorded in the generator`;
  return [
    `// Generated from ${describeSource(source)}: the LlmProviders enum in litellm/types/utils.py.`,
    '// Do not edit: run packages/core/scripts/generate-catalog.ts instead.',
    '',
    '/** LiteLLM release the provider names were taken from. */',
    `export const LITELLM_VERSION: string = '${source.version}';`,
    '',
    '/** Upstream commit of that release, when known. */',
    `export const LITELLM_COMMIT: string | undefined = ${source.commit ? `'${source.commit}'` : 'undefined'};`,
    '',
    `/** The ${providers.length} names LiteLLM accepts as the \`<provider>/\` prefix of a model, sorted. */`,
    'export const LITELLM_PROVIDER_NAMES = [',
    ...providers.map((name) => `  '${name}',`),
    '] as const;',
    '',
    `/**`,
    ` * The ${sortedOpenAiLike.length} OpenAI-compatible providers LiteLLM registers from ${openAiLikeSource}`,
    ` * (JSONProviderRegistry), outside the enum above; valid \`<provider>/\` prefixes too, sorted.`,
    ` */`,
    'export const OPENAI_LIKE_PROVIDER_NAMES = [',
    ...sortedOpenAiLike.map((name) => `  '${name}',`),
    '] as const;',
    '',
  ].join('\n');
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
  let version: string | undefined;
  let openAiLike: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--out-dir') outDir = argv[++i];
    else if (argument === '--version') version = argv[++i];
    else if (argument === '--openai-like') openAiLike = argv[++i];
    else positional.push(argument);
  }
  if (positional.length !== 2) {
    throw new Error(
      'Usage: generate-catalog.ts <model_prices_and_context_window.json> <litellm_providers.json> ' +
        '[--version vX.Y.Z] [--openai-like <openai_like/providers.json>] [--out-dir <dir>]',
    );
  }
  return {
    modelMapPath: resolve(positional[0]),
    providersPath: resolve(positional[1]),
    ...(outDir ? { outDir: resolve(outDir) } : {}),
    ...(version ? { version } : {}),
    ...(openAiLike ? { openAiLikeProvidersPath: resolve(openAiLike) } : {}),
  };
}

const entryScript = process.argv[1];
if (entryScript !== undefined && import.meta.url === pathToFileURL(resolve(entryScript)).href) {
  try {
    for (const written of generateCatalog(parseArguments(process.argv.slice(2)))) console.log(`wrote ${written}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
