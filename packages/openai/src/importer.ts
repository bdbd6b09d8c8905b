import {
  catalogModelImporter,
  CatalogSlice,
  type ExportedName,
  ImportCall,
  importedSecret,
  isLitellmProvider,
  type ProviderImporter,
} from '@litellm-cdk/core';
import { AzureAIProvider } from './azure-ai-provider.js';
import { AzureCredentials } from './azure-credentials.js';
import { AzureOpenAIProvider } from './azure-openai-provider.js';
import { OPENAI_COMPATIBLE_SERVERS, OpenAICompatibleProvider } from './openai-compatible-provider.js';
import { OpenAIProvider } from './openai-provider.js';

const PACKAGE = '@litellm-cdk/openai';
const exported = (name: string, value: unknown): ExportedName => ({ packageName: PACKAGE, name, value });
const CREDENTIALS = exported('AzureCredentials', AzureCredentials);

type Params = Readonly<Record<string, unknown>>;

/** The value every endpoint shares, or `undefined` (and `false`) when they differ. */
function sharedValue(endpoints: readonly Params[], key: string): { same: boolean; value: unknown } {
  const value = endpoints[0]?.[key];
  return { same: endpoints.every((endpoint) => endpoint[key] === value), value };
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** `OpenAIProvider`'s importer: `openai/<catalog model>` with one key (and organization) per deployment. */
export const openAIImporter: ProviderImporter = catalogModelImporter({
  construct: exported('OpenAIProvider', OpenAIProvider),
  id: 'openai',
  // A model the OpenAI catalog does not list, behind an api_base, is an OpenAI-compatible server's.
  prefix: (model) => (model.startsWith('openai/') ? 'openai' : undefined),
  endpointKeys: ['api_key', 'organization', 'api_base'],
  thinking: false,
  props: (endpoints) => {
    if (!endpoints.every((e) => isText(e.api_key) && (e.organization === undefined || isText(e.organization))))
      return undefined;
    const base = sharedValue(endpoints, 'api_base');
    if (!base.same || (base.value !== undefined && !isText(base.value))) return undefined;
    const apiKeys = endpoints.map((e) =>
      e.organization === undefined
        ? importedSecret(e.api_key)
        : {
            apiKey: importedSecret(e.api_key),
            organization: importedSecret(e.organization),
            name: `key${endpoints.indexOf(e) + 1}`,
          },
    );
    return base.value === undefined ? { apiKeys } : { apiKeys, apiBase: importedSecret(base.value) };
  },
  modelOptions: (modelId, modelInfo) => ({ options: { model: modelId }, modelInfo }),
});

/** How an Azure endpoint authenticates, as an `AzureCredentials` call; `undefined` when the keys fit none. */
function azureAuth(endpoint: Params): ImportCall | undefined {
  const keys = Object.keys(endpoint)
    .filter((key) => key !== 'api_base' && key !== 'api_version')
    .sort()
    .join(',');
  const s = (key: string) => importedSecret(endpoint[key]);
  switch (keys) {
    case 'api_key':
      return isText(endpoint.api_key) ? new ImportCall(CREDENTIALS, 'apiKey', [s('api_key')]) : undefined;
    case 'client_id,client_secret,tenant_id':
      return new ImportCall(CREDENTIALS, 'servicePrincipal', [
        { tenantId: s('tenant_id'), clientId: s('client_id'), clientSecret: s('client_secret') },
      ]);
    case 'azure_password,azure_username,client_id':
      return new ImportCall(CREDENTIALS, 'usernamePassword', [
        { username: s('azure_username'), password: s('azure_password'), clientId: s('client_id') },
      ]);
    case 'azure_ad_token':
      return new ImportCall(CREDENTIALS, 'adToken', [s('azure_ad_token')]);
    default:
      // No credential at all is DefaultAzureCredential, which needs litellm_settings the importer cannot see.
      return undefined;
  }
}

const AZURE_AUTH_KEYS = [
  'api_key',
  'tenant_id',
  'client_id',
  'client_secret',
  'azure_username',
  'azure_password',
  'azure_ad_token',
];

/** Azure endpoints with a literal or secret `api_base` each, and `api_version` shared or per endpoint. */
function azureProps(endpoints: readonly Params[], apiVersionRequired: boolean): unknown {
  const version = sharedValue(endpoints, 'api_version');
  const parsed = endpoints.map((endpoint, index) => {
    const auth = azureAuth(endpoint);
    if (!auth || !isText(endpoint.api_base)) return undefined;
    if (apiVersionRequired && !isText(endpoint.api_version)) return undefined;
    return {
      name: `endpoint${index + 1}`,
      apiBase: importedSecret(endpoint.api_base),
      ...(!version.same && endpoint.api_version !== undefined
        ? { apiVersion: importedSecret(endpoint.api_version) }
        : {}),
      auth,
    };
  });
  if (parsed.some((endpoint) => endpoint === undefined)) return undefined;
  return {
    ...(version.same && version.value !== undefined ? { apiVersion: importedSecret(version.value) } : {}),
    endpoints: parsed,
  };
}

/** `AzureOpenAIProvider`'s importer: `azure/<deployment>`, its base model from `model_info.base_model`. */
export const azureOpenAIImporter: ProviderImporter = catalogModelImporter({
  construct: exported('AzureOpenAIProvider', AzureOpenAIProvider),
  id: 'azure',
  prefix: (model) => (model.startsWith('azure/') ? 'azure' : undefined),
  endpointKeys: ['api_base', 'api_version', ...AZURE_AUTH_KEYS],
  thinking: false,
  props: (endpoints) => azureProps(endpoints, true),
  modelOptions: (deployment, modelInfo) => {
    const { base_model: baseModel, ...rest } = modelInfo ?? {};
    const hasBase = typeof baseModel === 'string' && baseModel.startsWith('azure/');
    return {
      options: { deployment, ...(hasBase ? { baseModel: baseModel.slice('azure/'.length) } : {}) },
      modelInfo: hasBase ? (Object.keys(rest).length > 0 ? rest : undefined) : modelInfo,
    };
  },
});

/** `AzureAIProvider`'s importer: `azure_ai/<model>` with an endpoint per deployment. */
export const azureAIImporter: ProviderImporter = catalogModelImporter({
  construct: exported('AzureAIProvider', AzureAIProvider),
  id: 'azure-ai',
  prefix: (model) => (model.startsWith('azure_ai/') ? 'azure_ai' : undefined),
  endpointKeys: ['api_base', 'api_version', ...AZURE_AUTH_KEYS],
  thinking: true,
  props: (endpoints) => azureProps(endpoints, false),
});

/** `OpenAICompatibleProvider`'s importer: `hosted_vllm/`, `ollama_chat/`, ... and `openai/` off the OpenAI catalog, with `api_base`. */
export const openAICompatibleImporter: ProviderImporter = catalogModelImporter({
  construct: exported('OpenAICompatibleProvider', OpenAICompatibleProvider),
  id: 'server',
  prefix: (model) => {
    const prefix = model.slice(0, model.indexOf('/'));
    if (!(OPENAI_COMPATIBLE_SERVERS as readonly string[]).includes(prefix) || !isLitellmProvider(prefix))
      return undefined;
    return prefix === 'openai' && CatalogSlice.of('openai').find(model.slice('openai/'.length)) ? undefined : prefix;
  },
  endpointKeys: ['api_base', 'api_key'],
  thinking: true,
  props: (endpoints, prefix) => {
    if (!endpoints.every((e) => isText(e.api_base) && (e.api_key === undefined || isText(e.api_key)))) return undefined;
    return {
      server: prefix,
      endpoints: endpoints.map((e, index) => ({
        name: `server${index + 1}`,
        apiBase: importedSecret(e.api_base),
        ...(e.api_key !== undefined ? { apiKey: importedSecret(e.api_key) } : {}),
      })),
    };
  },
});

/** The provider package's importers, which `litellm-cdk import` discovers. */
export const importers: readonly ProviderImporter[] = [
  openAIImporter,
  azureOpenAIImporter,
  azureAIImporter,
  openAICompatibleImporter,
];
