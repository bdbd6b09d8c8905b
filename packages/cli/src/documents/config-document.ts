import * as fs from 'node:fs';
import { loadCore } from '../core-module.js';
import { CliError } from '../exit-codes.js';
import { ConfigSource, type FastReader } from '../validate/config-source.js';

/** A parsed LiteLLM config: its top-level mapping. */
export type ConfigDocument = Record<string, unknown>;

/** The prefix LiteLLM replaces with an environment variable's value. */
const ENV_REFERENCE_PREFIX = 'os.environ/';

/**
 * Parses a config file's text as LiteLLM does, with the PyYAML-faithful reader `validate` and `import` use (YAML 1.1,
 * `yes`/`no` are booleans but `y`/`n` are strings, the last of duplicate keys wins). An empty file is `{}`; anything
 * but a mapping at the top is a `CliError`. With `fastReader`, that reader is tried first (see config-source.ts).
 */
export function parseConfigText(text: string, file: string, fastReader?: FastReader): ConfigDocument {
  return documentOf(ConfigSource.fromText(text, file, file, fastReader), file);
}

function documentOf(source: ConfigSource, file: string): ConfigDocument {
  const [problem] = source.syntaxProblems;
  if (problem)
    throw new CliError(
      'usage',
      `${file}:${problem.position.line}:${problem.position.column}: not valid YAML: ${problem.message}`,
    );
  const parsed = source.content;
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed))
    throw new CliError('usage', `${file}:1:1: the file must hold a mapping of config sections at the top.`);
  return parsed as ConfigDocument;
}

/** Reads and parses a config file; a missing file is a `CliError`. */
export function readConfigFile(file: string): ConfigDocument {
  if (!fs.existsSync(file)) throw new CliError('usage', `No such file: ${file}.`);
  // Read as bytes, so that an encoding LiteLLM cannot read is reported as such.
  return documentOf(ConfigSource.read(file, file), file);
}

/** The `model_list` entries that are mappings. */
export function modelListOf(document: ConfigDocument): Record<string, unknown>[] {
  const list = document.model_list;
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

/** The distinct `model_name`s of the document, in first-use order. */
export function groupNamesOf(document: ConfigDocument): string[] {
  return [
    ...new Set(
      modelListOf(document)
        .map((entry) => entry.model_name)
        .filter((name): name is string => typeof name === 'string'),
    ),
  ];
}

/** Every environment variable the document references as `os.environ/NAME`, sorted (the names of `.env.example`). */
export function environmentReferencesOf(value: unknown): string[] {
  const names = new Set<string>();
  const visit = (item: unknown): void => {
    if (typeof item === 'string') {
      if (item.startsWith(ENV_REFERENCE_PREFIX)) names.add(item.slice(ENV_REFERENCE_PREFIX.length));
    } else if (Array.isArray(item)) {
      item.forEach(visit);
    } else if (isRecord(item)) {
      Object.values(item).forEach(visit);
    }
  };
  visit(value);
  return [...names].sort();
}

/** Whether `value` is a string LiteLLM resolves at start-up (`os.environ/NAME`, `oidc/...`) rather than a literal. */
export function isSecretReference(value: unknown): boolean {
  return typeof value === 'string' && (value.startsWith(ENV_REFERENCE_PREFIX) || value.startsWith('oidc/'));
}

/** Whether `value` is a plain object (a YAML mapping). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the summary says for a deployment whose provider cannot be told from the config (`model: os.environ/X`). */
export const UNKNOWN_PROVIDER = 'unknown';

/**
 * The distinct providers of a document's deployments, sorted: `custom_llm_provider` when set, else the prefix of
 * `litellm_params.model`, else (a bare model name such as `gpt-4o`) the provider LiteLLM's model map gives it.
 * Core, which holds that map, is loaded only when a bare name needs it, to keep the CLI quick.
 */
export async function providersOf(document: ConfigDocument): Promise<string[]> {
  const providers = new Set<string>();
  const bareNames: string[] = [];
  for (const entry of modelListOf(document)) {
    const params = isRecord(entry.litellm_params) ? entry.litellm_params : {};
    const custom = params.custom_llm_provider;
    const model = params.model;
    if (typeof custom === 'string' && !isSecretReference(custom)) providers.add(custom);
    else if (typeof model !== 'string' || isSecretReference(model)) providers.add(UNKNOWN_PROVIDER);
    else if (model.includes('/')) providers.add(model.slice(0, model.indexOf('/')));
    else bareNames.push(model);
  }
  if (bareNames.length > 0) {
    const { inferProvider } = await loadCore();
    for (const name of bareNames) providers.add(inferProvider(name) ?? UNKNOWN_PROVIDER);
  }
  return [...providers].sort();
}
