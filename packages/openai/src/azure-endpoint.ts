import { Annotations, ProxyConfig, type ProviderEndpoint, type SecretOr } from '@litellm-cdk/core';
import type { IConstruct } from 'constructs';
import type { AzureAuth } from './azure-credentials.js';

/** One Azure resource that serves the provider's deployments: its URL, region and authentication. */
export interface AzureEndpoint {
  /**
   * `api_base`: the resource's endpoint (`https://<resource>.openai.azure.com`, or Azure AI Foundry's
   * `https://<resource>.services.ai.azure.com`). Required unless `auth` is a `credential_list` entry that has
   * `api_base`.
   * @default - the `api_base` of the credential of `auth`
   */
  readonly apiBase?: SecretOr<string>;
  /** How the deployments authenticate: see `AzureCredentials`. */
  readonly auth: AzureAuth;
  /**
   * The Azure region of the resource (`swedencentral`, `eastus2`): recorded as the deployments' region, which
   * policy rules check, and their construct id unless `name` is given.
   * @default - unknown
   */
  readonly region?: string;
  /**
   * The id of the endpoint's deployments below each group, and their credential set.
   * @default - `region`, else `endpoint<N>` by 1-based position
   */
  readonly name?: string;
  /**
   * `api_version` of this endpoint's deployments, overriding the provider's.
   * @default - the provider's `apiVersion`
   */
  readonly apiVersion?: SecretOr<string>;
}

/** What the Azure providers require of every endpoint, and how they render it. */
export interface EndpointRequirements {
  /** The provider's `apiVersion`. */
  readonly apiVersion: SecretOr<string> | undefined;
  /** Whether every deployment must have `api_version` (Azure OpenAI) or not (Azure AI Foundry). */
  readonly apiVersionRequired: boolean;
}

/**
 * The deployments every model of an Azure provider gets, one per endpoint. Throws, naming `scope`'s path, on an
 * endpoint without `api_base` (or `api_version` when required) from itself, the provider or its credential, on a
 * literal `api_base` that is not an https URL, and on two endpoints with one name.
 */
export function azureEndpoints(
  scope: IConstruct,
  endpoints: readonly AzureEndpoint[],
  requirements: EndpointRequirements,
): ProviderEndpoint[] {
  const path = scope.node.path;
  if (endpoints.length === 0)
    throw new Error(`[${path}] endpoints is empty; give at least one Azure resource (apiBase and auth).`);
  const names = endpoints.map((endpoint, index) => endpoint.name ?? endpoint.region ?? `endpoint${index + 1}`);
  names.forEach((name, index) => {
    if (names.indexOf(name) !== index)
      throw new Error(`[${path}] Two endpoints are both named '${name}'; give each a distinct name.`);
  });
  return endpoints.map((endpoint, index) => {
    const where = `[${path}] endpoints[${index}] ('${names[index]}')`;
    const fromCredential = endpoint.auth.credential?.credentialValues ?? {};
    if (endpoint.apiBase === undefined && fromCredential.api_base === undefined) {
      throw new Error(
        `${where} has no api_base: LiteLLM would call no Azure resource (or whatever AZURE_API_BASE holds). ` +
          "Set apiBase, e.g. Secret.env('AZURE_API_BASE') or 'https://<resource>.openai.azure.com'.",
      );
    }
    if (typeof endpoint.apiBase === 'string') assertHttpsUrl(where, endpoint.apiBase);
    const apiVersion = endpoint.apiVersion ?? requirements.apiVersion;
    if (requirements.apiVersionRequired && apiVersion === undefined && fromCredential.api_version === undefined) {
      throw new Error(
        `${where} has no api_version: LiteLLM would fall back to AZURE_API_VERSION or its own default, which changes ` +
          "between releases. Set the provider's apiVersion (e.g. '2024-10-21') or the endpoint's.",
      );
    }
    if (endpoint.auth.kind === 'default-credential') requireTokenRefresh(scope);
    return {
      id: names[index],
      litellmParams: {
        ...(endpoint.apiBase !== undefined ? { api_base: endpoint.apiBase } : {}),
        ...(apiVersion !== undefined ? { api_version: apiVersion } : {}),
        ...endpoint.auth.litellmParams,
      },
      facts: {
        credentialSet: names[index],
        ...(endpoint.region ? { region: endpoint.region, regionValue: endpoint.region } : {}),
      },
    };
  });
}

function assertHttpsUrl(where: string, apiBase: string): void {
  let url: URL | undefined;
  try {
    url = new URL(apiBase);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'https:') {
    throw new Error(
      `${where}: apiBase '${apiBase}' is not an https URL; write the resource's endpoint, e.g. 'https://<resource>.openai.azure.com'.`,
    );
  }
}

const TOKEN_REFRESH_CHECKED = Symbol.for('@litellm-cdk/openai.tokenRefreshChecked');

/**
 * `AzureCredentials.defaultCredential()` works only when LiteLLM asks Azure for tokens itself
 * (`litellm_settings.enable_azure_ad_token_refresh: true`); checked when the tree is validated, once per provider.
 */
function requireTokenRefresh(scope: IConstruct): void {
  const marked = scope as IConstruct & { [TOKEN_REFRESH_CHECKED]?: boolean };
  if (marked[TOKEN_REFRESH_CHECKED]) return;
  Object.defineProperty(marked, TOKEN_REFRESH_CHECKED, { value: true });
  scope.node.addValidation({
    validate: () => {
      const enabled = ProxyConfig.of(scope)
        .node.findAll()
        .some((c) => {
          const section = c as { section?: unknown; settings?: Readonly<Record<string, unknown>> };
          return section.section === 'litellm_settings' && section.settings?.enable_azure_ad_token_refresh === true;
        });
      if (enabled) return [];
      Annotations.of(scope).addError(
        'azure/token-refresh-disabled',
        'An endpoint authenticates with AzureCredentials.defaultCredential(), but LiteLLM asks Azure for tokens only ' +
          'with litellm_settings.enable_azure_ad_token_refresh: true; without it every request is unauthenticated.',
        "Add new LitellmSettings(config, 'settings', { enable_azure_ad_token_refresh: true }), or give the endpoint other auth.",
      );
      return [];
    },
  });
}
