import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PolicyPack } from './pack.js';

/**
 * Loads a policy pack from a module, for `litellm-cdk validate --policy <module>`.
 *
 * `specifier` is a file path (relative to `cwd`) or a package name, optionally followed by `#exportName`.
 * Without an export name, the module's default export is used when it is a pack, else its only exported pack.
 * @param cwd the directory relative paths start from
 * @default cwd process.cwd()
 */
export async function loadPolicyPack(specifier: string, cwd: string = process.cwd()): Promise<PolicyPack> {
  const [modulePath, exportName] = splitSpecifier(specifier);
  const isFile = modulePath.startsWith('.') || path.isAbsolute(modulePath) || /\.[cm]?[jt]s$/.test(modulePath);
  const target = isFile ? pathToFileURL(path.resolve(cwd, modulePath)).href : modulePath;
  let module: Record<string, unknown>;
  try {
    module = (await import(target)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`Cannot load policy module '${modulePath}': ${(error as Error).message}`, { cause: error });
  }

  if (exportName !== undefined) {
    const value = module[exportName];
    if (PolicyPack.isPolicyPack(value)) return value;
    throw new Error(
      `Policy module '${modulePath}' has no policy pack exported as '${exportName}'${describePacks(module)}.`,
    );
  }
  if (PolicyPack.isPolicyPack(module.default)) return module.default;
  const packs = Object.entries(module).filter(([, value]) => PolicyPack.isPolicyPack(value));
  if (packs.length === 1) return packs[0][1] as PolicyPack;
  if (packs.length === 0) {
    throw new Error(
      `Policy module '${modulePath}' exports no policy pack: export one (default or named) made with PolicyPack.of().`,
    );
  }
  throw new Error(
    `Policy module '${modulePath}' exports several policy packs${describePacks(module)}; name one as '${modulePath}#<export>'.`,
  );
}

function splitSpecifier(specifier: string): [string, string | undefined] {
  const hash = specifier.lastIndexOf('#');
  return hash > 0 ? [specifier.slice(0, hash), specifier.slice(hash + 1) || undefined] : [specifier, undefined];
}

function describePacks(module: Record<string, unknown>): string {
  const names = Object.entries(module)
    .filter(([, value]) => PolicyPack.isPolicyPack(value))
    .map(([name, value]) => `${name} (${(value as PolicyPack).name})`);
  return names.length > 0 ? ` (it exports: ${names.join(', ')})` : '';
}
