import type { ConfigDocument, Environment } from '@litellm-cdk/core';
import { loadCore } from '../core-module.js';

/**
 * The environment LiteLLM's loader runs with: this process's, with the checked environment over it when
 * `--env-file`/`--env` gave one; otherwise every variable the config references and the shell does not set gets a
 * plausible value of the shape its key needs, so that the loader gets as far as the real environment would let it.
 */
export async function litellmEnvironment(
  main: ConfigDocument,
  includes: readonly ConfigDocument[],
  checked: Environment | undefined,
): Promise<Environment> {
  if (checked) return { ...process.env, ...checked };
  const { mergeIncludes, plausibleValue, referencesOf, shapeAt } = await loadCore();
  const merged = mergeIncludes(main, includes);
  const env: Record<string, string | undefined> = { ...process.env };
  for (const [name, paths] of referencesOf(merged.content)) {
    if (env[name] === undefined) env[name] = plausibleValue(shapeAt(paths[0], merged.content));
  }
  return env;
}
