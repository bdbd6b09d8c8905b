/** One key of one Kubernetes Secret. */
export interface SecretKeyReference {
  /** The Secret's name. */
  readonly secretName: string;
  /**
   * The key inside the Secret.
   * @default - the variable's name
   */
  readonly key?: string;
}

/** Options of `ProxyEnvironment.fromSecret`. */
export interface FromSecretOptions {
  /**
   * The keys the Secret holds, when the app knows them: synth then reports every variable of the config the Secret
   * lacks, instead of the pod failing to start.
   * @default - unknown: every variable is taken from the Secret, and Kubernetes reports a missing key at start-up
   */
  readonly keys?: readonly string[];
}

/** What is wrong with how the proxy's environment covers the config's variables. */
export interface EnvironmentCoverage {
  /** Variables the config references that no Secret provides. */
  readonly missing: readonly string[];
  /** Variables given a Secret that the config does not reference. */
  readonly unreferenced: readonly string[];
}

/**
 * Where the proxy's environment variables come from: existing Kubernetes Secrets, never values in the manifests.
 * The container gets exactly the variables of the config's `.env.example`, each from a Secret key, so a missing key
 * stops the pod from starting rather than the proxy from routing.
 */
export abstract class ProxyEnvironment {
  /**
   * Every variable from one existing Secret, each from the key of the same name
   * (`kubectl create secret generic <name> --from-env-file=.env`).
   */
  public static fromSecret(secretName: string, options: FromSecretOptions = {}): ProxyEnvironment {
    assertSecretName(secretName);
    return new OneSecret(secretName, options.keys);
  }

  /**
   * Each variable from a Secret of its own: `{ LITELLM_MASTER_KEY: { secretName: 'litellm-master-key', key: 'value' } }`.
   * Must name exactly the config's variables; synth reports a variable left out, or one the config does not use.
   */
  public static fromSecrets(secrets: Readonly<Record<string, SecretKeyReference>>): ProxyEnvironment {
    for (const reference of Object.values(secrets)) assertSecretName(reference.secretName);
    return new SecretPerVariable(secrets);
  }

  /** The Secret key each of `variables` comes from, in the order given; variables without one are left out. */
  public abstract references(
    variables: readonly string[],
  ): { readonly name: string; readonly secretName: string; readonly key: string }[];

  /** How `variables` (the config's) are covered. */
  public abstract coverage(variables: readonly string[]): EnvironmentCoverage;

  /** The Secrets used, by name, sorted. */
  public abstract get secretNames(): readonly string[];
}

class OneSecret extends ProxyEnvironment {
  public constructor(
    private readonly secretName: string,
    private readonly keys: readonly string[] | undefined,
  ) {
    super();
  }

  public references(variables: readonly string[]) {
    return variables.map((name) => ({ name, secretName: this.secretName, key: name }));
  }

  public coverage(variables: readonly string[]): EnvironmentCoverage {
    // Keys the config does not use stay in the Secret, unread: only missing ones matter.
    const keys = this.keys;
    return { missing: keys ? variables.filter((name) => !keys.includes(name)) : [], unreferenced: [] };
  }

  public get secretNames(): readonly string[] {
    return [this.secretName];
  }
}

class SecretPerVariable extends ProxyEnvironment {
  public constructor(private readonly secrets: Readonly<Record<string, SecretKeyReference>>) {
    super();
  }

  public references(variables: readonly string[]) {
    return variables
      .filter((name) => Object.hasOwn(this.secrets, name))
      .map((name) => ({ name, secretName: this.secrets[name].secretName, key: this.secrets[name].key ?? name }));
  }

  public coverage(variables: readonly string[]): EnvironmentCoverage {
    const referenced = new Set(variables);
    return {
      missing: variables.filter((name) => !Object.hasOwn(this.secrets, name)),
      unreferenced: Object.keys(this.secrets)
        .filter((name) => !referenced.has(name))
        .sort(),
    };
  }

  public get secretNames(): readonly string[] {
    return [...new Set(Object.values(this.secrets).map((s) => s.secretName))].sort();
  }
}

/** A Secret's name is a DNS subdomain; checked when given, so the mistake is reported where it is made. */
function assertSecretName(name: string): void {
  if (!/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(name)) {
    throw new Error(
      `'${name}' is not a Kubernetes Secret name: use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit.`,
    );
  }
}
