import { catalogModelImporter, importedSecret, type ProviderImporter } from '@litellm-cdk/core';
import { AnthropicProvider } from './anthropic-provider.js';

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * `AnthropicProvider`'s importer: a group of `anthropic/<model>` deployments, one API key each, becomes one
 * `addModel()` call; the groups right after it named `<name>-think-<budget>` become its thinking budgets, and
 * `cache_control_injection_points` its `promptCaching`.
 */
export const anthropicImporter: ProviderImporter = catalogModelImporter({
  construct: { packageName: '@litellm-cdk/anthropic', name: 'AnthropicProvider', value: AnthropicProvider },
  id: 'anthropic',
  prefix: (model) => (model.startsWith('anthropic/') ? 'anthropic' : undefined),
  endpointKeys: ['api_key', 'api_base'],
  thinking: true,
  props: (endpoints) => {
    if (!endpoints.every((e) => isText(e.api_key))) return undefined;
    const base = endpoints[0].api_base;
    if (!endpoints.every((e) => e.api_base === base) || (base !== undefined && !isText(base))) return undefined;
    const apiKeys = endpoints.map((e) => importedSecret(e.api_key));
    return base === undefined ? { apiKeys } : { apiKeys, apiBase: importedSecret(base) };
  },
});

/** The provider package's importers, which `litellm-cdk import` discovers. */
export const importers: readonly ProviderImporter[] = [anthropicImporter];
