import { ENV_REFERENCE_PREFIX, ENV_VAR_NAME } from '@litellm-cdk/core';
import { UniqueNames } from './names.js';
import { code, TsCode, tsString } from './ts-source.js';

/** A value of the original file that no TypeScript literal can reproduce (a YAML timestamp, a set, ...). */
export class UnsupportedValueError extends Error {
  public constructor(
    public readonly file: string,
    public readonly location: string,
    problem: string,
  ) {
    super(`${file}: ${location} ${problem}`);
    this.name = 'UnsupportedValueError';
  }
}

/** A group kept as plain deployments because its provider's constructs would write it differently. */
export interface NotImportedGroup {
  /** The config file, as the app writes it. */
  readonly file: string;
  readonly modelName: string;
  /** The importer that recognised it (`BedrockProvider`). */
  readonly importer: string;
  /** What the provider's constructs would write differently. */
  readonly reason: string;
}

/** State shared while one app is generated: variable names and the names each package is imported for. */
export class ImportContext {
  /** Variable names of the whole file. */
  public readonly variables = new UniqueNames(['app', 'config']);
  /** Groups an importer recognised but whose proposal would not render the original, with why. */
  public readonly notImported: NotImportedGroup[] = [];
  /** Acknowledgements of warnings that provider constructs report about groups they render as the original has them. */
  public readonly acknowledgedOnImport: {
    readonly file: string;
    readonly construct: string;
    readonly id: string;
    readonly reason: string;
  }[] = [];
  private readonly imports = new Map<string, Set<string>>();

  /** Records that the app uses `name` from `@litellm-cdk/core`, and returns it. */
  public core(name: string): string {
    return this.use('@litellm-cdk/core', name);
  }

  /** Records that the app uses `name` from `packageName`, and returns it. */
  public use(packageName: string, name: string): string {
    const names = this.imports.get(packageName) ?? new Set<string>();
    names.add(name);
    this.imports.set(packageName, names);
    return name;
  }

  /** The import lines, core first, names sorted. */
  public importLines(): string[] {
    const packages = [...this.imports.keys()].sort((a, b) =>
      a === '@litellm-cdk/core' ? -1 : b === '@litellm-cdk/core' ? 1 : a.localeCompare(b),
    );
    return packages.map((pkg) => `import { ${[...this.imports.get(pkg)!].sort().join(', ')} } from '${pkg}';`);
  }

  /**
   * `value` with every `os.environ/NAME` string that is a mapping value (the only ones LiteLLM resolves) turned
   * into a `Secret.env('NAME')` fragment. Checks that every value has a literal.
   * @param where the file and location, for errors
   */
  public withSecrets(value: unknown, file: string, location: string, inMapping = true): unknown {
    if (typeof value === 'string') {
      const name = value.startsWith(ENV_REFERENCE_PREFIX) ? value.slice(ENV_REFERENCE_PREFIX.length) : undefined;
      return inMapping && name !== undefined && ENV_VAR_NAME.test(name)
        ? code(`${this.core('Secret')}.env(${tsString(name)})`)
        : value;
    }
    if (value === null || typeof value === 'boolean' || TsCode.isTsCode(value)) return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value))
        throw new UnsupportedValueError(file, location, `is ${value}, which a config written by synth cannot hold.`);
      return value;
    }
    if (Array.isArray(value))
      return value.map((item, index) => this.withSecrets(item, file, `${location}[${index}]`, false));
    if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          key,
          this.withSecrets(item, file, location ? `${location}.${key}` : key, true),
        ]),
      );
    }
    const kind =
      value instanceof Date ? 'a YAML timestamp' : `a ${(value as object)?.constructor?.name ?? typeof value}`;
    throw new UnsupportedValueError(
      file,
      location,
      `is ${kind}, which has no plain value; quote it in the original to import it as a string.`,
    );
  }
}
