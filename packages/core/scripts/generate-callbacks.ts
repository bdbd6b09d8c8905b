/**
 * Generates the callback names that `src/callbacks` reads, from LiteLLM's own data (`litellm_callbacks.json`: the
 * names `litellm_settings.callbacks` accepts, taken from LiteLLM's loader):
 *
 * ```
 * pnpm callbacks --from <litellm_callbacks.json> [--out-dir <dir>]
 * ```
 *
 * The data is not part of this repository: `--from` names it wherever the user has it. Writes
 * `src/callbacks/_generated/callback-names.ts`. Names are sorted and there is no
 * timestamp, so a run on the same data is byte-identical and a refresh shows up as a readable diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file the generator writes, relative to the output directory. */
export const GENERATED_FILE = 'callback-names.ts';

/** Where the committed generated file lives. */
export const DEFAULT_OUT_DIR = fileURLToPath(new URL('../src/callbacks/_generated/', import.meta.url));

/** Inputs and output location of one generator run. */
export interface GenerateCallbacksOptions {
  /** LiteLLM's callback data (`litellm_callbacks.json`). */
  readonly from: string;
  /** @default the committed `src/callbacks/_generated` directory */
  readonly outDir?: string;
}

/**
 * Reads the data file, renders the generated source and writes it.
 * @returns the path written
 * @throws when the data file is missing or not shaped like LiteLLM's callback data
 */
export function generateCallbacks(options: GenerateCallbacksOptions): string {
  const { from } = options;
  if (!existsSync(from)) {
    throw new Error(
      `No callback data at ${from}: pass --from <litellm_callbacks.json> (LiteLLM's callback names and their rules). ` +
        'The committed src/callbacks/_generated/callback-names.ts stays as it is.',
    );
  }
  const source = renderCallbackNames(JSON.parse(readFileSync(from, 'utf8')) as unknown);
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, GENERATED_FILE);
  writeFileSync(target, source);
  return target;
}

/** Renders the generated file's text from the parsed data; pure, so it can be tested without a file system. */
export function renderCallbackNames(data: unknown): string {
  if (!isRecord(data)) throw new Error('The callback data must be a JSON object.');
  const source = typeof data.source === 'string' ? data.source : '';
  const version = /\bv\d+\.\d+\.\d+\b/.exec(source)?.[0];
  if (!version) throw new Error('No LiteLLM version (vX.Y.Z) found in the callback data\'s "source" field.');
  const commit = /\bcommit ([0-9a-f]{7,40})\b/.exec(source)?.[1];
  const callbacks = data['litellm_settings.callbacks'];
  if (!isRecord(callbacks)) throw new Error('The callback data has no "litellm_settings.callbacks" object.');
  const known = names(callbacks.known_names, 'litellm_settings.callbacks.known_names');
  const special = names(callbacks.special_names, 'litellm_settings.callbacks.special_names');
  const premium = names(data.premium_or_enterprise_callbacks, 'premium_or_enterprise_callbacks');
  const from = `LiteLLM ${version}${commit ? `, BerriAI/litellm commit ${commit}` : ''}`;
  return [
    `// Generated from ${from}: litellm/__init__.py _custom_logger_compatible_callbacks_literal and`,
    '// litellm/proxy/common_utils/callback_utils.py initialize_callbacks_on_proxy.',
    '// Do not edit: run packages/core/scripts/generate-callbacks.ts instead.',
    '',
    '/** LiteLLM release the callback names were taken from. */',
    `export const CALLBACK_NAMES_VERSION: string = '${version}';`,
    '',
    `/** The ${known.length} logger names \`litellm_settings.callbacks\` accepts as they are (custom-logger compatible), sorted. */`,
    'export const KNOWN_CALLBACK_NAMES = [',
    ...known.map((name) => `  '${name}',`),
    '] as const;',
    '',
    `/** The ${special.length} names the proxy's callback loader builds a hook for itself (moderations, guardrails), sorted. */`,
    'export const SPECIAL_CALLBACK_NAMES = [',
    ...special.map((name) => `  '${name}',`),
    '] as const;',
    '',
    `/** The ${premium.length} callbacks the data marks as needing LiteLLM Enterprise (package and licence), sorted. */`,
    'export const PREMIUM_CALLBACK_NAMES = [',
    ...premium.map((name) => `  '${name}',`),
    '] as const;',
    '',
  ].join('\n');
}

function names(value: unknown, where: string): string[] {
  if (!Array.isArray(value)) throw new Error(`The callback data has no "${where}" list.`);
  const checked = value.map((name, index) => {
    if (typeof name !== 'string' || !/^[a-z0-9_]+$/.test(name)) {
      throw new Error(`${where}[${index}] (${JSON.stringify(name)}) is not a plain callback name.`);
    }
    return name;
  });
  return [...new Set(checked)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const USAGE = 'Usage: pnpm callbacks --from <litellm_callbacks.json> [--out-dir <dir>]';

function parseArguments(argv: readonly string[]): GenerateCallbacksOptions {
  let from: string | undefined;
  let outDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--from' && argv[i + 1] !== undefined) from = argv[++i];
    else if (argument === '--out-dir' && argv[i + 1] !== undefined) outDir = argv[++i];
    else throw new Error(`Unexpected argument '${argument}'. ${USAGE}`);
  }
  if (!from) throw new Error(`--from is required. ${USAGE}`);
  return { from: resolve(from), ...(outDir ? { outDir: resolve(outDir) } : {}) };
}

const entryScript = process.argv[1];
if (entryScript !== undefined && import.meta.url === pathToFileURL(resolve(entryScript)).href) {
  try {
    console.log(`wrote ${generateCallbacks(parseArguments(process.argv.slice(2)))}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
