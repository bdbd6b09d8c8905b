import * as path from 'node:path';
import { type ConfigPath, type ModuleFiles, moduleReferenceSites, parseModuleReference } from '@litellm-cdk/core';
import type { ImportContext } from './import-context.js';
import { code, tsString } from './ts-source.js';

/** A Python module file the imported config names and that exists beside it, which the app copies into its assembly. */
export interface ImportedModuleFile {
  /** Where LiteLLM looks for it, relative to the config's directory, with `/`: `hooks/custom_auth.py`. */
  readonly file: string;
  /** The file beside the original config. */
  readonly source: string;
}

/**
 * Turns every module reference of `document` whose file exists beside the imported config into a
 * `CustomModule.fromFile()` call, so that synth copies the file into the assembly and the reference resolves where
 * the proxy runs. References whose file is missing stay strings (the original's finding is acknowledged).
 * @param configDirectory the imported config's directory, where LiteLLM looks for the files
 * @param moduleDirectory where the app finds the files, relative to the directory synth runs in
 * @returns the document with those references replaced (the original is not changed), and the files it needs
 */
export function planCustomModules(
  context: ImportContext,
  document: Record<string, unknown>,
  configDirectory: string,
  moduleFiles: ModuleFiles,
  moduleDirectory: string,
): { document: Record<string, unknown>; files: ImportedModuleFile[] } {
  let planned = document;
  const files: ImportedModuleFile[] = [];
  for (const site of moduleReferenceSites(document)) {
    const reference = parseModuleReference(site.value, site.loader);
    if ('problem' in reference) continue;
    // A success_callback module may be a package (`hooks/__init__.py`), which one file cannot carry: kept as written.
    if (!moduleFiles.has(reference.file)) continue;
    const appPath = [moduleDirectory, reference.file].filter((part) => part !== '').join('/');
    const defaultModule = path.posix.basename(reference.file, '.py');
    const options = reference.module === defaultModule ? '' : `, { module: ${tsString(reference.module)} }`;
    const call = `${context.core('CustomModule')}.fromFile(${tsString(appPath.startsWith('.') ? appPath : `./${appPath}`)}, ${tsString(reference.attribute)}${options})`;
    planned = replaceAt(planned, site.path, code(call)) as Record<string, unknown>;
    if (!files.some((f) => f.file === reference.file))
      files.push({ file: reference.file, source: path.join(configDirectory, ...reference.file.split('/')) });
  }
  return { document: planned, files };
}

/** `value` with the value at `at` replaced, copying only the mappings and lists on the way. */
function replaceAt(value: unknown, at: ConfigPath, replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const [head, ...rest] = at;
  if (Array.isArray(value))
    return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  const mapping = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(mapping).map(([key, item]) => [key, key === head ? replaceAt(item, rest, replacement) : item]),
  );
}
