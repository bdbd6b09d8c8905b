/**
 * Regenerates the one committed model catalog (core's `src/catalog/_generated`, which every provider package reads)
 * from a LiteLLM release's model map:
 *
 * ```
 * pnpm catalog --from <model_prices_and_context_window.json> [--providers <litellm_providers.json>] [--version vX.Y.Z]
 * ```
 *
 * The model map is the file LiteLLM ships as `model_prices_and_context_window.json` (in the repository root and in
 * the `litellm` Python package). Provider names come from `--providers`, else from `litellm_providers.json` beside
 * the model map, else the committed list is kept; then `--version` names the release the map belongs to.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OUT_DIR, GENERATED_FILES, renderCatalogSources } from '../packages/core/scripts/generate-catalog.js';
import { LITELLM_PROVIDER_NAMES } from '../packages/core/src/catalog/_generated/providers.js';

const USAGE =
  'Usage: pnpm catalog --from <model_prices_and_context_window.json> [--providers <litellm_providers.json>] [--version vX.Y.Z]';

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: { from: { type: 'string' }, providers: { type: 'string' }, version: { type: 'string' } },
  });
  if (!values.from) throw new Error(`--from is required.\n${USAGE}`);
  const modelMapPath = resolve(values.from);
  if (!existsSync(modelMapPath)) throw new Error(`Model map '${values.from}' does not exist.\n${USAGE}`);

  const modelMap = readJson(modelMapPath, 'model map');
  const sources = renderCatalogSources(modelMap, providerNames(modelMapPath, values.providers), values.version);
  for (const name of GENERATED_FILES) {
    writeFileSync(join(DEFAULT_OUT_DIR, name), sources[name]);
    console.log(`wrote ${join(DEFAULT_OUT_DIR, name)}`);
  }
}

/** The providers file's content: the given one, the one beside the model map, or the committed names. */
function providerNames(modelMapPath: string, given: string | undefined): unknown {
  const beside = join(dirname(modelMapPath), 'litellm_providers.json');
  const file = given ? resolve(given) : existsSync(beside) ? beside : undefined;
  if (file) return readJson(file, 'providers file');
  console.log(
    `no litellm_providers.json beside the model map: keeping the committed ${LITELLM_PROVIDER_NAMES.length} provider names`,
  );
  return { providers: LITELLM_PROVIDER_NAMES };
}

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`Cannot read the ${what} ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
