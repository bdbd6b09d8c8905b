import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isProviderImporter, type ProviderImporter } from '@litellm-cdk/core';

/** The keyword that marks a provider package in its package.json, so `import` looks for importers in it. */
export const PROVIDER_KEYWORD = 'litellm-cdk-provider';

/** The first-party provider packages, tried whether or not the project lists them. */
const FIRST_PARTY = [
  '@litellm-cdk/bedrock',
  '@litellm-cdk/gemini',
  '@litellm-cdk/openai',
  '@litellm-cdk/anthropic',
  '@litellm-cdk/core',
];

/**
 * The importers of every provider package `import` can load: the first-party ones, and every dependency of the
 * project in `projectDir` whose package.json has the keyword `litellm-cdk-provider`. A package exports its
 * importers as `importers`. Packages that are not installed are skipped; two copies of one importer count once.
 */
export async function discoverImporters(projectDir: string = process.cwd()): Promise<ProviderImporter[]> {
  const found: ProviderImporter[] = [];
  for (const name of [...FIRST_PARTY, ...providerDependencies(projectDir)]) {
    const loaded = await load(name, projectDir);
    const importers = (loaded as { importers?: unknown } | undefined)?.importers;
    if (!Array.isArray(importers)) continue;
    for (const importer of importers) {
      if (isProviderImporter(importer) && !found.some((other) => other.name === importer.name)) found.push(importer);
    }
  }
  return found;
}

/** The dependencies of the nearest package.json at or above `dir` that are marked as provider packages. */
function providerDependencies(dir: string): string[] {
  const manifest = nearestPackageJson(dir);
  if (!manifest) return [];
  const json = readJson(manifest) as { dependencies?: object; devDependencies?: object } | undefined;
  const names = Object.keys({ ...json?.dependencies, ...json?.devDependencies }).filter(
    (name) => !FIRST_PARTY.includes(name),
  );
  const require = createRequire(manifest);
  return names.filter((name) => {
    try {
      const own = nearestPackageJson(path.dirname(require.resolve(name)));
      const keywords = (own && (readJson(own) as { keywords?: unknown })?.keywords) ?? [];
      return Array.isArray(keywords) && keywords.includes(PROVIDER_KEYWORD);
    } catch {
      return false;
    }
  });
}

/** The package as the project resolves it, else as the CLI does; `undefined` when neither finds it. */
async function load(name: string, projectDir: string): Promise<unknown> {
  try {
    return await import(pathToFileURL(createRequire(path.join(projectDir, 'package.json')).resolve(name)).href);
  } catch {
    try {
      return await import(name);
    } catch {
      return undefined;
    }
  }
}

function nearestPackageJson(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const candidate = path.join(current, 'package.json');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
