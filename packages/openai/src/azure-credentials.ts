import type { AzureLitellmParams, Credential, LitellmParamsWithoutModel, SecretOr } from '@litellm-cdk/core';

/** How an Azure endpoint authenticates, as LiteLLM's Azure client reads it (`litellm/llms/azure/common_utils.py`). */
export interface AzureAuth {
  /** `api-key`, `service-principal`, `username-password`, `ad-token`, `default-credential` or `credential-list`. */
  readonly kind:
    | 'api-key'
    | 'service-principal'
    | 'username-password'
    | 'ad-token'
    | 'default-credential'
    | 'credential-list';
  /** The `litellm_params` the deployments get. */
  readonly litellmParams: LitellmParamsWithoutModel<AzureLitellmParams>;
  /** The `credential_list` entry the deployments name, for `credential-list`. */
  readonly credential?: Credential;
}

/** A Microsoft Entra ID app registration (service principal). */
export interface ServicePrincipal {
  /** `tenant_id`: the directory (tenant) id. */
  readonly tenantId: SecretOr<string>;
  /** `client_id`: the application (client) id. */
  readonly clientId: SecretOr<string>;
  /** `client_secret`; give a secret. */
  readonly clientSecret: SecretOr<string>;
}

/** A Microsoft Entra ID user signing in with a password, through an app registration. */
export interface UsernamePassword {
  /** `azure_username`. */
  readonly username: SecretOr<string>;
  /** `azure_password`; give a secret. */
  readonly password: SecretOr<string>;
  /** `client_id`: the application (client) id. */
  readonly clientId: SecretOr<string>;
}

/**
 * The ways an Azure OpenAI or Azure AI endpoint can authenticate, each rendering the `litellm_params` LiteLLM reads
 * for it:
 *
 * ```ts
 * AzureCredentials.apiKey(Secret.env('AZURE_API_KEY'))
 * AzureCredentials.servicePrincipal({ tenantId: Secret.env('AZURE_TENANT_ID'), clientId: Secret.env('AZURE_CLIENT_ID'),
 *   clientSecret: Secret.env('AZURE_CLIENT_SECRET') })
 * AzureCredentials.adToken(Secret.oidc('azure', 'api://AzureADTokenExchange'))
 * AzureCredentials.defaultCredential()                // managed identity, workload identity, az login
 * AzureCredentials.fromCredential(sharedCredential)   // a credential_list entry shared by many deployments
 * ```
 */
export class AzureCredentials {
  /** `api_key`: the endpoint's key. */
  public static apiKey(apiKey: SecretOr<string>): AzureAuth {
    return { kind: 'api-key', litellmParams: { api_key: apiKey } };
  }

  /**
   * Entra ID with a service principal: `tenant_id`, `client_id`, `client_secret`; LiteLLM fetches and refreshes the
   * token itself (only when the deployment has no `api_key`).
   */
  public static servicePrincipal(principal: ServicePrincipal): AzureAuth {
    return {
      kind: 'service-principal',
      litellmParams: {
        tenant_id: principal.tenantId,
        client_id: principal.clientId,
        client_secret: principal.clientSecret,
      },
    };
  }

  /** Entra ID with a user's name and password: `azure_username`, `azure_password`, `client_id`. */
  public static usernamePassword(user: UsernamePassword): AzureAuth {
    return {
      kind: 'username-password',
      litellmParams: { azure_username: user.username, azure_password: user.password, client_id: user.clientId },
    };
  }

  /**
   * `azure_ad_token`: an Entra ID access token, or an OIDC token LiteLLM exchanges (`Secret.oidc(...)`, rendered
   * `oidc/<provider>/<audience>`).
   */
  public static adToken(token: SecretOr<string>): AzureAuth {
    return { kind: 'ad-token', litellmParams: { azure_ad_token: token } };
  }

  /**
   * No credential in the config: LiteLLM asks Azure's `DefaultAzureCredential` (managed identity, workload identity,
   * environment, Azure CLI) for a token. LiteLLM does so only with `litellm_settings.enable_azure_ad_token_refresh:
   * true`; synth reports a config without it as an error.
   */
  public static defaultCredential(): AzureAuth {
    return { kind: 'default-credential', litellmParams: {} };
  }

  /**
   * `litellm_credential_name`: the deployments take their credentials (and `api_base`, `api_version` when the entry
   * has them) from a `credential_list` entry, so many deployments share one place to rotate a key.
   */
  public static fromCredential(credential: Credential): AzureAuth {
    return {
      kind: 'credential-list',
      litellmParams: { litellm_credential_name: credential.credentialName },
      credential,
    };
  }

  private constructor() {}
}
