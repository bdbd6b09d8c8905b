// LiteLLM's own material — its real config.yaml files and raw model map — is not part of this repository. CI checks
// it out beside the checkout as `shared/`; a clone with nothing beside it still runs every test of the product, on
// the product's own fixtures, and skips only the comparisons with that material, saying so in one line each.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where the material is looked for: `LITELLM_CDK_SHARED_DIR`, else `shared/` beside the repository. */
export const SHARED_DIR = path.resolve(
  process.env.LITELLM_CDK_SHARED_DIR ?? path.join(import.meta.dirname, '../../shared'),
);

/** LiteLLM's real configs (37 files of LiteLLM v1.81.13). */
export const REAL_CONFIGS = 'corpus/litellm-configs';
/** LiteLLM's model map (`model_prices_and_context_window.json`). */
export const MODEL_MAP = 'data/model_prices_and_context_window.json';
/** LiteLLM's provider names (the `LlmProviders` enum as JSON). */
export const PROVIDER_NAMES = 'data/litellm_providers.json';

/**
 * The absolute path of `relative` inside the shared material, or undefined (after printing one line saying what
 * is skipped and why) when it is absent. With `LITELLM_CDK_REQUIRE_SHARED=1` (CI's in-place run) absence fails.
 * @param skipped what the caller does not test without it, e.g. "corpus acceptance of validateConfig"
 */
export function sharedMaterial(relative: string, skipped: string): string | undefined {
  const absolute = path.join(SHARED_DIR, relative);
  if (fs.existsSync(absolute)) return absolute;
  if (process.env.LITELLM_CDK_REQUIRE_SHARED === '1') {
    throw new Error(`${absolute} is missing and LITELLM_CDK_REQUIRE_SHARED=1: ${skipped} cannot run.`);
  }
  console.info(`skipped: ${skipped} (needs LiteLLM's ${relative}, not found in ${SHARED_DIR})`);
  return undefined;
}

/** A small model map and provider list shaped like LiteLLM's, for the catalog generators' tests. */
export const FIXTURE_MODEL_MAP = path.join(import.meta.dirname, 'model-map.json');
export const FIXTURE_PROVIDER_NAMES = path.join(import.meta.dirname, 'provider-names.json');
