/**
 * Generates the typed Bedrock model catalog (`src/_generated/models.ts`) from LiteLLM's model map:
 *
 * ```
 * pnpm tsx packages/bedrock/scripts/generate-catalog.ts <model_prices_and_context_window.json> [--out <file>]
 * ```
 *
 * One row per base model id (`anthropic.claude-3-7-sonnet-20250219-v1:0`) with the geographies of the cross-region
 * inference profiles the map lists for it (`us.`, `eu.`, ...). The output depends only on the data file: rows are
 * sorted, there is no timestamp, so the committed file is byte-identical on every run and a refresh of the data
 * shows up as a readable diff.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BEDROCK_GEOGRAPHIES, type BedrockGeography, parseBedrockModel } from '@litellm-cdk/core';

/** Where the committed generated file lives. */
export const DEFAULT_OUT_FILE = fileURLToPath(new URL('../src/_generated/models.ts', import.meta.url));

/** The `litellm_provider` values of Bedrock entries in the model map. */
const BEDROCK_PROVIDERS: ReadonlySet<string> = new Set(['bedrock', 'bedrock_converse']);

/**
 * A Bedrock model id: `<vendor>.<model>`. Keys with a `/` (region pricing `bedrock/us-east-1/...`, commitment
 * terms, image sizes) and keys without a vendor are pricing variants, not ids Bedrock is called with.
 */
const MODEL_ID = /^[a-z0-9-]+\.[^/\s]+$/;

/** What the generated file keeps of one base model. */
interface ModelRow {
  readonly id: string;
  /** The model map entry the facts were read from: the base id's own, else its first profile's. */
  readonly entry: string;
  readonly profiles: readonly BedrockGeography[];
  readonly mode?: string;
  readonly maxOutputTokens?: number;
  readonly supportsReasoning: boolean;
  readonly supportsPromptCaching: boolean;
}

/** Reads the model map, renders the catalog source and writes it; returns the path written. */
export function generateCatalog(modelMapPath: string, outFile: string = DEFAULT_OUT_FILE): string {
  const modelMap = JSON.parse(readFileSync(modelMapPath, 'utf8')) as unknown;
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, renderCatalogSource(modelMap));
  return outFile;
}

/** Renders the generated file's text from the parsed model map; pure, so a test can compare it with the committed file. */
export function renderCatalogSource(modelMap: unknown): string {
  if (!isRecord(modelMap)) throw new Error('The model map must be a JSON object of model id -> model info.');
  const rows = collectRows(modelMap);
  return [
    "// Generated from LiteLLM's model map (model_prices_and_context_window.json, BerriAI/litellm, MIT licence).",
    '// Do not edit: run packages/bedrock/scripts/generate-catalog.ts instead.',
    '// One base model per line. `profiles` are the geographies of the cross-region inference profiles the map lists',
    "// (`eu` for `eu.<id>`); the other facts come from `entry`, the base id's own entry or else its first profile's.",
    "// maxOutputTokens is max_output_tokens, else max_tokens (the map's rule); absent when the map gives neither.",
    "import type { BedrockModelSpec } from '../models.js';",
    '',
    '/** Bedrock base models by id, sorted. */',
    'export const BEDROCK_MODELS = {',
    ...rows.map(renderRow),
    '} satisfies Record<string, BedrockModelSpec>;',
    '',
  ].join('\n');
}

function collectRows(modelMap: Record<string, unknown>): ModelRow[] {
  const baseEntries = new Map<string, Record<string, unknown>>();
  const profileEntries = new Map<string, Map<BedrockGeography, string>>();
  for (const key of Object.keys(modelMap)) {
    const info = modelMap[key];
    if (!isRecord(info) || !BEDROCK_PROVIDERS.has(String(info.litellm_provider)) || !MODEL_ID.test(key)) continue;
    const { geography, baseId } = parseBedrockModel(key);
    if (!MODEL_ID.test(baseId)) continue;
    if (!geography) {
      baseEntries.set(baseId, info);
      continue;
    }
    const profiles = profileEntries.get(baseId) ?? new Map<BedrockGeography, string>();
    profiles.set(geography, key);
    profileEntries.set(baseId, profiles);
  }
  const ids = [...new Set([...baseEntries.keys(), ...profileEntries.keys()])].sort(compareCodeUnits);
  return ids.map((id) => {
    const profiles = BEDROCK_GEOGRAPHIES.filter((geography) => profileEntries.get(id)?.has(geography));
    const entry = baseEntries.has(id) ? id : profileEntries.get(id)!.get(profiles[0])!;
    return toRow(id, entry, profiles, modelMap[entry] as Record<string, unknown>);
  });
}

function toRow(id: string, entry: string, profiles: readonly BedrockGeography[], info: Record<string, unknown>): ModelRow {
  const mode = typeof info.mode === 'string' && info.mode !== '' ? info.mode : undefined;
  const maxOutputTokens = tokenCount(info.max_output_tokens) ?? tokenCount(info.max_tokens);
  return {
    id,
    entry,
    profiles,
    ...(mode ? { mode } : {}),
    ...(maxOutputTokens !== undefined ? { maxOutputTokens } : {}),
    supportsReasoning: info.supports_reasoning === true,
    supportsPromptCaching: info.supports_prompt_caching === true,
  };
}

function renderRow(row: ModelRow): string {
  const { id, ...fields } = row;
  const body = Object.entries(fields)
    .map(([name, value]) => `${name}: ${renderValue(value)}`)
    .join(', ');
  return `  ${quote(id)}: { ${body} },`;
}

function renderValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `[${value.map(renderValue).join(', ')}]`;
  return String(value);
}

/** A single-quoted TypeScript string literal. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Token limits are whole numbers; the map writes a few as floats and placeholders as text. */
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

function parseArguments(argv: readonly string[]): { modelMapPath: string; outFile?: string } {
  const positional: string[] = [];
  let outFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') outFile = argv[++i];
    else positional.push(argv[i]);
  }
  if (positional.length !== 1 || (argv.includes('--out') && !outFile)) {
    throw new Error('Usage: generate-catalog.ts <model_prices_and_context_window.json> [--out <file>]');
  }
  return { modelMapPath: resolve(positional[0]), ...(outFile ? { outFile: resolve(outFile) } : {}) };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    const { modelMapPath, outFile } = parseArguments(process.argv.slice(2));
    console.log(`wrote ${generateCatalog(modelMapPath, outFile)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
