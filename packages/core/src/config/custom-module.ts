import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { moduleReferenceOf } from '../callbacks/module-reference.js';

const CUSTOM_MODULE_SYMBOL = Symbol.for('@litellm-cdk/core.CustomModule');
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Options of {@link CustomModule.fromFile}. */
export interface CustomModuleOptions {
  /**
   * The dotted module name the file gets beside the config: `hooks.custom_auth` places it at `hooks/custom_auth.py`.
   * A custom guardrail's module must be a single name (LiteLLM reads exactly `<file>.<Class>`).
   * @default the file's name without `.py`
   */
  readonly module?: string;
}

/**
 * Python code the proxy loads from the config's directory at start-up: `general_settings.custom_auth`,
 * `custom_key_generate`, `custom_sso`, `litellm_settings.callbacks`, `post_call_rules`,
 * `custom_provider_map[].custom_handler`, a custom guardrail's `guardrail`.
 *
 * Synth copies the file into the assembly beside the config that uses it, lists it in `manifest.json`, and writes
 * the reference LiteLLM reads (`custom_auth.user_api_key_auth`), so the reference always resolves.
 *
 * ```ts
 * new GeneralSettings(config, 'general', { custom_auth: CustomModule.fromFile('./hooks/custom_auth.py', 'user_api_key_auth') });
 * ```
 */
export class CustomModule {
  /**
   * A Python file of the app and the attribute LiteLLM reads from it (a function, an instance or a class).
   * @param file the `.py` file, relative to the current directory (the app's, when `litellm-cdk synth` runs it)
   * @throws when the file does not exist, is not a `.py` file, or the names are not Python identifiers
   */
  public static fromFile(file: string, attribute: string, options: CustomModuleOptions = {}): CustomModule {
    const source = path.resolve(file);
    if (!file.endsWith('.py'))
      throw new Error(`CustomModule.fromFile('${file}'): LiteLLM loads Python modules; give the path of a .py file.`);
    if (!existsSync(source) || !statSync(source).isFile()) {
      throw new Error(
        `CustomModule.fromFile('${file}'): no such file (looked at ${source}). Paths are relative to the directory the app runs in.`,
      );
    }
    if (!IDENTIFIER.test(attribute)) {
      throw new Error(
        `CustomModule.fromFile('${file}', '${attribute}'): the attribute must be a Python identifier (a function, instance or class defined in the file).`,
      );
    }
    const module = options.module ?? path.basename(file, '.py');
    const bad = module.split('.').find((part) => !IDENTIFIER.test(part));
    if (bad !== undefined) {
      throw new Error(
        `CustomModule.fromFile('${file}'): '${module}' is not a Python module name ('${bad}' is not an identifier); pass { module: 'a_valid_name' }.`,
      );
    }
    return new CustomModule(source, `${module.split('.').join('/')}.py`, attribute);
  }

  /** Whether `x` is a `CustomModule`, from this or any other copy of the library. */
  public static isCustomModule(x: unknown): x is CustomModule {
    return typeof x === 'object' && x !== null && CUSTOM_MODULE_SYMBOL in x;
  }

  private constructor(
    /** The absolute path of the file in the app. */
    public readonly source: string,
    /** Where the file goes, relative to the config's directory, with `/`: `custom_auth.py`, `hooks/custom_auth.py`. */
    public readonly file: string,
    /** The attribute LiteLLM reads from the module. */
    public readonly attribute: string,
  ) {
    Object.defineProperty(this, CUSTOM_MODULE_SYMBOL, { value: true });
  }

  /** The file's text, as copied into the assembly. */
  public content(): string {
    return readFileSync(this.source, 'utf8');
  }

  /** The reference LiteLLM reads: `custom_auth.user_api_key_auth`. */
  public render(): string {
    return moduleReferenceOf(this.file, this.attribute);
  }

  public toString(): string {
    return this.render();
  }

  public toJSON(): string {
    return this.render();
  }
}

/** A module reference given as written (`custom_callbacks.handler`) or as a file of the app. */
export type ModuleOr = string | CustomModule;
