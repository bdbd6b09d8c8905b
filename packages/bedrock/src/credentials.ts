import { type AwsCredentialLitellmParams, Secret, type SecretOr } from '@litellm-cdk/core';

/** What every credential set may say besides its credentials. */
interface CredentialSetBase {
  /**
   * Names the set in deployment ids (`eu-<name>`) and in the deployment facts.
   * @default - `creds<N>` by 1-based position; the first set adds nothing to deployment ids
   */
  readonly name?: string;
}

/** An access key pair, optionally with a session token (temporary credentials). */
export interface AccessKeyCredentials extends CredentialSetBase {
  readonly kind: 'keys';
  /** `aws_access_key_id`. */
  readonly accessKeyId: SecretOr<string>;
  /** `aws_secret_access_key`. */
  readonly secretAccessKey: SecretOr<string>;
  /** `aws_session_token`. @default - none */
  readonly sessionToken?: SecretOr<string>;
}

/** A role LiteLLM assumes through STS, starting from the credentials of its environment. */
export interface RoleCredentials extends CredentialSetBase {
  readonly kind: 'role';
  /** `aws_role_name`: the role's ARN. */
  readonly roleName: SecretOr<string>;
  /** `aws_session_name`. @default - LiteLLM's default session name */
  readonly sessionName?: SecretOr<string>;
  /** `aws_external_id`, when the role's trust policy asks for one. @default - none */
  readonly externalId?: SecretOr<string>;
  /** `aws_sts_endpoint`. @default - the global STS endpoint */
  readonly stsEndpoint?: SecretOr<string>;
}

/** A named profile of the AWS config files on the proxy's host. */
export interface ProfileCredentials extends CredentialSetBase {
  readonly kind: 'profile';
  /** `aws_profile_name`. */
  readonly profileName: SecretOr<string>;
}

/** A role assumed with an OIDC web identity token (EKS service accounts, CI runners). */
export interface WebIdentityCredentials extends CredentialSetBase {
  readonly kind: 'webIdentity';
  /** `aws_web_identity_token`: the token, or `Secret.oidc(...)` to have LiteLLM fetch it. */
  readonly webIdentityToken: SecretOr<string>;
  /** `aws_role_name`: the role's ARN. */
  readonly roleName: SecretOr<string>;
  /**
   * `aws_session_name`. Always written: LiteLLM assumes the role with the web identity token only when the token,
   * the role and the session name are all set; without a session name it would call STS with the proxy's own
   * credentials instead.
   * @default 'litellm-cdk'
   */
  readonly sessionName?: SecretOr<string>;
  /** `aws_sts_endpoint`. @default - the global STS endpoint */
  readonly stsEndpoint?: SecretOr<string>;
}

/** The session name of a web identity credential set that does not give one. */
export const DEFAULT_WEB_IDENTITY_SESSION_NAME = 'litellm-cdk';

/**
 * The `litellm_params` key of each prop of each kind of credential set, in the order they are written: the one
 * table `BedrockCredentials.params()` renders with and the importer reads back.
 */
export const CREDENTIAL_PARAM_KEYS = {
  keys: {
    accessKeyId: 'aws_access_key_id',
    secretAccessKey: 'aws_secret_access_key',
    sessionToken: 'aws_session_token',
  },
  webIdentity: {
    webIdentityToken: 'aws_web_identity_token',
    roleName: 'aws_role_name',
    sessionName: 'aws_session_name',
    stsEndpoint: 'aws_sts_endpoint',
  },
  role: {
    roleName: 'aws_role_name',
    sessionName: 'aws_session_name',
    externalId: 'aws_external_id',
    stsEndpoint: 'aws_sts_endpoint',
  },
  profile: { profileName: 'aws_profile_name' },
} as const satisfies { readonly [K in BedrockCredentialSet['kind']]: Readonly<Record<string, string>> };

/** The props each kind of credential set requires. */
export const REQUIRED_CREDENTIAL_PROPS: { readonly [K in BedrockCredentialSet['kind']]: readonly string[] } = {
  keys: ['accessKeyId', 'secretAccessKey'],
  webIdentity: ['webIdentityToken', 'roleName'],
  role: ['roleName'],
  profile: ['profileName'],
};

/**
 * One set of AWS credentials. Each model gets one deployment per set and geography, so LiteLLM balances requests
 * across accounts (and their quotas). Give the values as secrets (`Secret.env(...)`): a plain string in a
 * credential key is reported by synth as a plaintext secret.
 */
export type BedrockCredentialSet = AccessKeyCredentials | RoleCredentials | ProfileCredentials | WebIdentityCredentials;

/** The `litellm_params` keys of one credential set: core's AWS credential keys. */
export type AwsCredentialParams = AwsCredentialLitellmParams;

type Props<T> = Omit<T, 'kind'>;

/** Builds credential sets; the same as writing the objects with their `kind`. */
export class BedrockCredentials {
  /** An access key pair (`aws_access_key_id`, `aws_secret_access_key`, optional `aws_session_token`). */
  public static keys(props: Props<AccessKeyCredentials>): AccessKeyCredentials {
    return { kind: 'keys', ...props };
  }

  /**
   * The access key pair in the environment variables AWS tools use: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`
   * (`<prefix>AWS_ACCESS_KEY_ID`, ... with a prefix, for a second account).
   */
  public static fromEnvironment(
    options: { readonly prefix?: string; readonly name?: string } = {},
  ): AccessKeyCredentials {
    const prefix = options.prefix ?? '';
    return BedrockCredentials.keys({
      accessKeyId: Secret.env(`${prefix}AWS_ACCESS_KEY_ID`),
      secretAccessKey: Secret.env(`${prefix}AWS_SECRET_ACCESS_KEY`),
      ...(options.name !== undefined ? { name: options.name } : {}),
    });
  }

  /** A role assumed through STS (`aws_role_name`, `aws_session_name`, `aws_external_id`, `aws_sts_endpoint`). */
  public static role(props: Props<RoleCredentials>): RoleCredentials {
    return { kind: 'role', ...props };
  }

  /** A profile of the AWS config files (`aws_profile_name`). */
  public static profile(props: Props<ProfileCredentials>): ProfileCredentials {
    return { kind: 'profile', ...props };
  }

  /**
   * A role assumed with a web identity token (`aws_web_identity_token`, `aws_role_name`, `aws_session_name`, which
   * defaults to `'litellm-cdk'`, and `aws_sts_endpoint`).
   */
  public static webIdentity(props: Props<WebIdentityCredentials>): WebIdentityCredentials {
    return { kind: 'webIdentity', ...props };
  }

  /** The `litellm_params` keys a credential set renders to, in a fixed order; unset optional keys are left out. */
  public static params(set: BedrockCredentialSet): AwsCredentialParams {
    const keys: Readonly<Record<string, string>> | undefined = CREDENTIAL_PARAM_KEYS[set.kind];
    if (!keys) {
      throw new Error(
        `Unknown credential set kind '${(set as { kind?: unknown }).kind}': use keys, role, profile or webIdentity.`,
      );
    }
    const values = set as unknown as Readonly<Record<string, SecretOr<string> | undefined>>;
    const params: Record<string, SecretOr<string>> = {};
    for (const [prop, key] of Object.entries(keys)) {
      const value =
        values[prop] ??
        (set.kind === 'webIdentity' && prop === 'sessionName' ? DEFAULT_WEB_IDENTITY_SESSION_NAME : undefined);
      if (value !== undefined) params[key] = value;
    }
    return params;
  }

  private constructor() {}
}

/** A credential set as the provider uses it: with its name and its place among the provider's sets. */
export interface NamedCredentialSet {
  /** The set's name: given, else `creds<N>`. */
  readonly name: string;
  /** What deployment ids end with: `-<name>`, or nothing for the first set when it has no name of its own. */
  readonly idSuffix: string;
  /** The `litellm_params` keys the set renders to. */
  readonly params: AwsCredentialParams;
}

/** Names the sets (`creds<N>` unless given) and checks that names are unique and usable in construct ids. */
export function nameCredentialSets(sets: readonly BedrockCredentialSet[], path: string): NamedCredentialSet[] {
  const named = sets.map((set, index): NamedCredentialSet => {
    const name = set.name ?? `creds${index + 1}`;
    if (!/^[A-Za-z0-9_.-]+$/.test(name)) {
      throw new Error(`[${path}] Credential set name '${name}' may contain only letters, digits, '.', '_' and '-'.`);
    }
    return {
      name,
      idSuffix: index === 0 && set.name === undefined ? '' : `-${name}`,
      params: BedrockCredentials.params(set),
    };
  });
  const repeated = named.find((set, index) => named.findIndex((other) => other.name === set.name) !== index);
  if (repeated)
    throw new Error(`[${path}] Two credential sets are named '${repeated.name}'; give each set its own name.`);
  return named;
}
