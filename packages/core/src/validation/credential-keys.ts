// Which keys of a config hold credentials, so that a literal value there is reported as a plaintext secret.
import { isSecretReference } from '../secrets/secret.js';
import type { ConfigPath } from './finding.js';

/** Which plain string values of a credential key are secrets. */
export type SecretValueKind =
  /** Any non-empty string. */
  | 'any-string'
  /** A URL that carries a password (`postgresql://user:password@host/db`) or a key in its query (`?api_key=sk-...`). */
  | 'url-with-credentials'
  /** Anything but the path of a `.json` key file (which is where the secret belongs). */
  | 'not-a-json-file';

/** A key whose value is a credential. */
export interface CredentialKey {
  /** The mapping key: an exact name, or a pattern for a family of keys. */
  readonly key: string | RegExp;
  /** Only under this path (`'*'` matches any key or index), e.g. `['litellm_settings', 'cache_params']`; anywhere when absent. */
  readonly under?: readonly string[];
  /** Which plain values are secrets. @default 'any-string' */
  readonly secretWhen?: SecretValueKind;
  /** Why the key holds a credential. */
  readonly why: string;
}

// Environment variable names that name a secret: API keys, secrets, passwords, tokens (not public keys).
const SECRET_VARIABLE_NAME = /(?:^|(?<!PUBLIC)_)(?:KEY|KEY_ID|SECRET|PASSWORD|TOKEN|CREDENTIALS)$/i;

/**
 * The keys whose values are credentials. A plain string there (not `os.environ/NAME`, not `oidc/...`) is an error,
 * `core/plaintext-secret`: the config file ends up in version control and in the assembly directory. The first
 * rule that matches a key decides.
 */
export const CREDENTIAL_KEYS: readonly CredentialKey[] = [
  { key: 'api_key', why: 'API keys of deployments, credentials, guardrails, search tools and file endpoints.' },
  { key: 'master_key', why: 'The proxy admin key: whoever has it controls the proxy.' },
  { key: 'aws_access_key_id', why: 'One half of an AWS key pair; it identifies the account the secret key opens.' },
  { key: 'aws_secret_access_key', why: 'AWS secret key.' },
  { key: 'aws_session_token', why: 'Temporary AWS credentials.' },
  { key: 'aws_web_identity_token', why: 'An OIDC token exchanged for AWS credentials.' },
  {
    key: /^s3_(aws_)?(access_key_id|secret_access_key|session_token)$/,
    why: 'AWS keys of the S3 buckets used for caching, logging and batches.',
  },
  {
    key: 'vertex_credentials',
    secretWhen: 'not-a-json-file',
    why: 'A Google service account key written inline; the path of its .json file is not secret.',
  },
  { key: 'private_key', why: 'The private key of a service account written out as a mapping.' },
  { key: 'client_secret', why: 'An OAuth / Azure AD client secret.' },
  { key: 'azure_ad_token', why: 'An Azure AD access token.' },
  { key: 'azure_password', why: 'An Azure AD user password.' },
  { key: 'redis_password', why: 'The password of the Redis shared by proxy instances.' },
  { key: 'password', under: ['litellm_settings', 'cache_params'], why: "The password of the cache's Redis." },
  { key: 'slack_webhook_url', why: 'A Slack webhook URL is itself the credential: anyone with it can post.' },
  {
    key: /(^|_)(url|api_base)$/i,
    secretWhen: 'url-with-credentials',
    why: 'A URL with `user:password@` (database_url, redis_url, DATABASE_URL) carries a password; one with `?api_key=`, `?key=`, `?token=`, ... carries a key.',
  },
  { key: /_api_key$/, why: 'API keys of integrations (qdrant_api_key, langsmith_api_key, ...).' },
  { key: /_secret(_key)?$/, why: 'Secrets of integrations (langfuse_secret, langfuse_secret_key, ...).' },
  {
    key: /(?<!public)_key$/,
    under: ['litellm_settings'],
    why: 'Module-wide provider keys (openai_key, anthropic_key, ...).',
  },
  {
    key: /^(authorization|x-api-key|api-key)$/i,
    why: 'Credentials sent as headers by pass-through endpoints and MCP servers.',
  },
  {
    key: SECRET_VARIABLE_NAME,
    under: ['environment_variables'],
    why: 'Variables named like secrets (OPENAI_API_KEY, LANGFUSE_SECRET_KEY, REDIS_PASSWORD, ...) hold them.',
  },
  {
    key: SECRET_VARIABLE_NAME,
    under: ['mcp_servers', '*', 'env'],
    why: 'The environment of a stdio MCP server carries its tokens (GITHUB_TOKEN, ...).',
  },
];

/** The credential rule for the value at `path` (whose last part is its key), if the key holds a credential. */
export function credentialKeyAt(path: ConfigPath): CredentialKey | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  return CREDENTIAL_KEYS.find((rule) => keyMatches(rule.key, key) && isUnder(path, rule.under));
}

/** `scheme://user:password@host`. */
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@:]*:[^/?#@]+@/i;
/** A query parameter that carries a credential: `?api_key=sk-...`, `&key=AIza...` (Google), `?token=`, `?sig=` (SAS). */
const URL_WITH_KEY_PARAMETER =
  /^[a-z][a-z0-9+.-]*:\/\/[^?#]*\?(?:[^#]*&)?(?:api[_-]?key|key|token|access[_-]?token|auth|secret|password|passwd|pwd|sig|signature|client[_-]?secret)=[^&#\s]+/i;

/** Whether a plain string under a credential key is a secret written out (not a reference). */
export function isPlaintextSecret(rule: CredentialKey, value: string): boolean {
  if (value.trim() === '' || isSecretReference(value)) return false;
  switch (rule.secretWhen ?? 'any-string') {
    case 'url-with-credentials':
      return URL_WITH_PASSWORD.test(value) || URL_WITH_KEY_PARAMETER.test(value);
    case 'not-a-json-file':
      return value.trimStart().startsWith('{') || !/\.json$/i.test(value);
    case 'any-string':
      return true;
  }
}

function keyMatches(pattern: string | RegExp, key: string): boolean {
  return typeof pattern === 'string' ? pattern === key : pattern.test(key);
}

function isUnder(path: ConfigPath, under: readonly string[] | undefined): boolean {
  if (!under) return true;
  if (path.length <= under.length) return false;
  return under.every((part, i) => part === '*' || part === path[i]);
}
