// docs/litellm-compatibility.md promises that every rejection of a config LiteLLM would start is listed there.
// Each finding id in the sources must therefore be on that page, or be named here as one that never rejects
// what LiteLLM starts (a warning or a remark).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const page = readFileSync(join(root, 'docs/litellm-compatibility.md'), 'utf8');

/** Ids that are only ever warnings or info, or name no finding at all (`core/error`, `core/info`). */
const NEVER_ERRORS = new Set([
  'core/unknown-key',
  'core/deprecated-key',
  'core/enterprise-only',
  'core/empty-api-key',
  'core/duplicate-prompt-id',
  'core/dotprompt-without-template',
  'core/duplicate-key',
  'core/include-replaces-section',
  'core/fallbacks-in-both',
  'core/external-include',
  'core/env-var-defined-in-same-file',
  'core/thinking-budget-exceeds-max-output',
  'core/version-dependent-value',
  'core/model-not-in-catalog',
  'core/cache-control-skipped',
  'core/unused-acknowledgement',
  'core/unused-suppression',
  'core/no-configs',
  'core/enterprise-integration',
  'core/integration-needs-package',
  'core/custom-module-not-found',
  'core/unbounded-cache-points',
  'bedrock/model-not-in-catalog',
  'gemini/model-not-in-catalog',
  'core/error',
  'core/info',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === '_generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const packages = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'src'));
const ids = new Set(
  packages.flatMap((dir) => {
    try {
      return sourceFiles(dir).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/'((?:core|bedrock|gemini)\/[a-z0-9-]+)'/g)].map((m) => m[1]),
      );
    } catch {
      return [];
    }
  }),
);

describe('docs/litellm-compatibility.md', () => {
  it('names every finding id that can reject a config', () => {
    const missing = [...ids].filter(
      (id) => !NEVER_ERRORS.has(id) && !page.includes(`\`${id}\``) && !page.includes(`\`${id.split('/')[0]}/*\``),
    );
    expect(missing).toEqual([]);
  });

  it('names no id that the sources do not have', () => {
    const named = [...page.matchAll(/`((?:core|bedrock|gemini)\/[a-z0-9-]+)`/g)].map((m) => m[1]);
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });
});
