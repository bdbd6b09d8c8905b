// The providers a config declares itself: LiteLLM's `custom_llm_setup` adds the `provider` of each entry of
// `litellm_settings.custom_provider_map` to its provider list, so `<provider>/<model>` routes to its handler.
import { isMapping, mappingAt } from './document-paths.js';

/** The `provider` names of `litellm_settings.custom_provider_map` in a (merged) config. */
export function customProviderNames(content: unknown): ReadonlySet<string> {
  const map = mappingAt(content, 'litellm_settings')?.custom_provider_map;
  if (!Array.isArray(map)) return new Set();
  return new Set(
    map.flatMap((entry) => (isMapping(entry) && typeof entry.provider === 'string' ? [entry.provider] : [])),
  );
}
