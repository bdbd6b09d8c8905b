import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { cachedBundle } from './bundle/cached-bundle.js';

/**
 * `@litellm-cdk/core` as the CLI uses it. An app run in this process brings its own copy of core in its bundle (see
 * synth/app-bundle.ts); once it has, the CLI uses that copy too, so that a process loads core once. Otherwise the CLI
 * loads its own core from a bundle of it (with zod, yaml and constructs) cached beside the installed packages, in
 * `node_modules/.cache/litellm-cdk/`: one file where Node would read two hundred (see bundle/cached-bundle.ts).
 * Copies of core recognise each other's objects (`Secret.isSecret` and the like), so a second copy, such as the one
 * a policy pack imports, is only a cost.
 */
type Core = typeof import('@litellm-cdk/core');

let shared: Promise<Core> | undefined;

/** Core, loaded when first needed. */
export function loadCore(): Promise<Core> {
  shared ??= ownCore();
  return shared;
}

/** Makes the CLI use the copy of core at `url` (the app bundle's) from now on. */
export function shareCore(url: string): void {
  shared = import(url) as Promise<Core>;
}

/** The CLI's own core: from its cached bundle when it is installed, else (in a checkout, or no cache) as it is. */
async function ownCore(): Promise<Core> {
  const entry = createRequire(import.meta.url).resolve('@litellm-cdk/core');
  const modules = entry.split(path.sep).lastIndexOf('node_modules');
  // In a checkout core is TypeScript, already bundled with the CLI's sources (see bin/litellm-cdk.js).
  if (modules < 0 || !entry.endsWith('.js')) return import('@litellm-cdk/core');
  const cache = path.join(
    entry
      .split(path.sep)
      .slice(0, modules + 1)
      .join(path.sep),
    '.cache',
    'litellm-cdk',
    'core',
  );
  const key = createHash('sha256').update(entry).digest('hex').slice(0, 16);
  try {
    const bundle = await cachedBundle({
      entries: { core: entry },
      directory: path.join(cache, key),
      cwd: path.dirname(entry),
    });
    return (await import(bundle.urls.core)) as Core;
  } catch {
    // A cache that cannot be written (a read-only installation) costs time, not correctness.
    return import('@litellm-cdk/core');
  }
}
