import { isLitellmProvider } from '../catalog/index.js';
import { ApiKeyProvider, hasDedicatedConstruct } from '../models/api-key-provider.js';
import { catalogModelImporter } from './catalog-model-importer.js';
import { importedSecret, type ProviderImporter } from './provider-importer.js';

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * `ApiKeyProvider`'s importer: a group of `<provider>/<model>` deployments of a LiteLLM provider that needs no more
 * than an API key (and maybe a shared `api_base`), one key each, becomes one `addModel()` call, its reasoning-effort
 * and thinking variants included. Providers with a construct of their own are left to that construct's importer.
 */
export const apiKeyProviderImporter: ProviderImporter = catalogModelImporter({
  construct: { packageName: '@litellm-cdk/core', name: 'ApiKeyProvider', value: ApiKeyProvider },
  id: 'api-key-provider',
  prefix: (model) => {
    const prefix = model.slice(0, Math.max(0, model.indexOf('/')));
    return isLitellmProvider(prefix) && !hasDedicatedConstruct(prefix) ? prefix : undefined;
  },
  endpointKeys: ['api_key', 'api_base'],
  thinking: true,
  props: (endpoints, provider) => {
    if (!endpoints.every((e) => isText(e.api_key))) return undefined;
    const base = endpoints[0].api_base;
    if (!endpoints.every((e) => e.api_base === base) || (base !== undefined && !isText(base))) return undefined;
    const props = { provider, apiKeys: endpoints.map((e) => importedSecret(e.api_key)) };
    return base === undefined ? props : { ...props, apiBase: importedSecret(base) };
  },
});

/** The importers of the providers core itself ships, which `litellm-cdk import` discovers like a package's. */
export const importers: readonly ProviderImporter[] = [apiKeyProviderImporter];
