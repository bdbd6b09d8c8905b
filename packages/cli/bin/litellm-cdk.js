#!/usr/bin/env node
// The `litellm-cdk` command. An installed copy runs its compiled dist/. A workspace checkout runs its TypeScript
// sources, so contributors never need a build step: bundled (with the workspace packages they import) into
// node_modules/.cache/litellm-cdk/cli/ when a source changed since the last run, by src/bundle/cached-bundle.ts
// through tsx, and else straight from that bundle, which starts several times faster than the sources through tsx.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const binPath = realpathSync(fileURLToPath(import.meta.url));
const compiled = new URL('../dist/main.js', import.meta.url);
const installed = binPath.split(sep).includes('node_modules');

/** Whether the bundle in `directory` holds every source as it is now (the check of cached-bundle.ts's isFresh). */
function isFresh(directory) {
  try {
    const inputs = JSON.parse(readFileSync(join(directory, 'inputs.json'), 'utf8'));
    return Object.entries(inputs).every(([file, was]) => {
      const stat = statSync(file, { throwIfNoEntry: false });
      return (stat ? `${stat.size}:${stat.mtimeMs}` : 'absent') === was;
    });
  } catch {
    return false;
  }
}

let cli;
if (installed && existsSync(fileURLToPath(compiled))) {
  cli = await import(compiled.href);
} else {
  const packageDirectory = dirname(dirname(binPath));
  const bundle = join(packageDirectory, 'node_modules', '.cache', 'litellm-cdk', 'cli');
  if (!isFresh(bundle)) {
    const { register } = await import('tsx/esm/api');
    // Compile the CLI's own sources the same way whatever tsconfig.json the current directory holds.
    register({ tsconfig: false });
    globalThis[Symbol.for('litellm-cdk.typescript-loader')] = true;
    const { cachedBundle } = await import('../src/bundle/cached-bundle.ts');
    await cachedBundle({
      entries: { main: join(packageDirectory, 'src', 'main.ts') },
      directory: bundle,
      cwd: packageDirectory,
      // As in the published bundle (scripts/bundle-cli.mjs): esbuild runs a native binary, tsx is a loader.
      external: ['esbuild', 'tsx', 'tsx/*', 'typescript'],
    });
  }
  cli = await import(pathToFileURL(join(bundle, 'main.mjs')).href);
}
// exitCode, not exit(): piped stdout is flushed before the process ends.
process.exitCode = await cli.runCli(process.argv);
