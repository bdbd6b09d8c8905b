// How LiteLLM turns a string of the config into Python code at start-up. Three loaders, three rules:
// - `get_instance_fn(value, config_file_path)` (litellm/proxy/types_utils/utils.py): `a.b.attr` is the attribute
//   `attr` of the file `<config dir>/a/b.py`; v1.81.13 raises "Could not find module file" when it is missing.
// - `get_instance_fn(value)` without a path (`success_callback`, `failure_callback`): `importlib.import_module('a.b')`,
//   so the module must be importable from the proxy's working directory or PYTHONPATH.
// - `initialize_custom_guardrail` (litellm/proxy/guardrails/guardrail_registry.py): exactly `file.Class`, the class
//   `Class` of `<config dir>/file.py` (a second dot fails the unpacking at start-up).

/** Which of LiteLLM's loaders reads a reference. */
export type ModuleLoader = 'config-directory' | 'python-path' | 'guardrail-file';

/** A module reference taken apart. */
export interface ModuleReference {
  /** The dotted module name, `hooks.custom_auth`. */
  readonly module: string;
  /** The attribute read from it, `user_api_key_auth`. */
  readonly attribute: string;
  /** The file LiteLLM looks for, relative to the main config's directory, with `/`: `hooks/custom_auth.py`. */
  readonly file: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Values LiteLLM downloads instead of reading a file (`_load_instance_from_remote_storage`). */
export function isRemoteModuleReference(value: string): boolean {
  return value.startsWith('s3://') || value.startsWith('gcs://');
}

/**
 * Takes a reference apart as `loader` reads it.
 * @returns the reference, or a sentence saying why LiteLLM cannot load it
 */
export function parseModuleReference(
  value: string,
  loader: ModuleLoader,
): ModuleReference | { readonly problem: string } {
  const parts = value.split('.');
  if (parts.length < 2) {
    return {
      problem: `'${value}' is not a module reference ('<module>.<attribute>'): LiteLLM looks for the file '.py' and fails at start-up`,
    };
  }
  if (loader === 'guardrail-file' && parts.length !== 2) {
    return {
      problem: `'${value}' has more than one dot: a custom guardrail is exactly '<file>.<Class>' (<file>.py beside the config), and LiteLLM fails at start-up`,
    };
  }
  const invalid = parts.find((part) => !IDENTIFIER.test(part));
  if (invalid !== undefined) {
    return { problem: `'${value}' is not a Python module path: '${invalid}' is not an identifier` };
  }
  const attribute = parts[parts.length - 1];
  const moduleParts = parts.slice(0, -1);
  return { module: moduleParts.join('.'), attribute, file: `${moduleParts.join('/')}.py` };
}

/** The reference `module.attribute` for a module file placed at `file` (relative, with `/`, ending in `.py`). */
export function moduleReferenceOf(file: string, attribute: string): string {
  return `${file.replace(/\.py$/, '').split('/').join('.')}.${attribute}`;
}
