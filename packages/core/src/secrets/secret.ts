const SECRET_SYMBOL = Symbol.for('@litellm-cdk/core.Secret');

/** The prefix LiteLLM replaces with an environment variable's value when it loads a config. */
export const ENV_REFERENCE_PREFIX = 'os.environ/';

/** The prefix of an OIDC token reference LiteLLM resolves itself (`oidc/<provider>/<audience>`). */
export const OIDC_REFERENCE_PREFIX = 'oidc/';

/** Whether `value` is a reference LiteLLM resolves when it loads a config (`os.environ/NAME`, `oidc/...`), not a literal. */
export function isSecretReference(value: unknown): boolean {
  return (
    typeof value === 'string' && (value.startsWith(ENV_REFERENCE_PREFIX) || value.startsWith(OIDC_REFERENCE_PREFIX))
  );
}

/** What LiteLLM (and every shell) accepts as an environment variable name. */
export const ENV_VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A value that must not appear in the config as plain text: the config holds a reference, the proxy resolves it.
 *
 * Use a `Secret` wherever LiteLLM takes a credential (`api_key`, `aws_secret_access_key`, `master_key`, ...).
 * A plain string in such a field is reported at synth.
 */
export class Secret {
  /**
   * A reference to an environment variable of the proxy process, rendered as `os.environ/NAME`.
   *
   * The name is checked at synth, where the error can name the construct that uses it.
   */
  public static env(name: string): Secret {
    return new Secret('env', name, `${ENV_REFERENCE_PREFIX}${name}`);
  }

  /** An OIDC token LiteLLM fetches itself, rendered as `oidc/<provider>/<audience>`. */
  public static oidc(provider: string, audience: string): Secret {
    return new Secret('oidc', `${provider}/${audience}`, `${OIDC_REFERENCE_PREFIX}${provider}/${audience}`);
  }

  /** Parses a reference as LiteLLM writes it (`os.environ/NAME` or `oidc/...`); `undefined` for anything else. */
  public static fromReference(reference: string): Secret | undefined {
    if (reference.startsWith(ENV_REFERENCE_PREFIX)) return Secret.env(reference.slice(ENV_REFERENCE_PREFIX.length));
    if (reference.startsWith(OIDC_REFERENCE_PREFIX)) {
      const [provider, ...audience] = reference.slice(OIDC_REFERENCE_PREFIX.length).split('/');
      return new Secret('oidc', `${provider}/${audience.join('/')}`, reference);
    }
    return undefined;
  }

  /** Whether `x` is a `Secret`, from this or any other copy of the library. */
  public static isSecret(x: unknown): x is Secret {
    return typeof x === 'object' && x !== null && SECRET_SYMBOL in x;
  }

  private constructor(
    /** `env` for an environment variable, `oidc` for an OIDC token. */
    public readonly kind: 'env' | 'oidc',
    /** The variable name (for `env`) or `provider/audience` (for `oidc`). */
    public readonly name: string,
    private readonly reference: string,
  ) {
    Object.defineProperty(this, SECRET_SYMBOL, { value: true });
  }

  /** The text LiteLLM reads: `os.environ/NAME`. */
  public render(): string {
    return this.reference;
  }

  public toString(): string {
    return this.reference;
  }

  public toJSON(): string {
    return this.reference;
  }
}

/** A value that may be given literally or as a secret reference. */
export type SecretOr<T> = T | Secret;
