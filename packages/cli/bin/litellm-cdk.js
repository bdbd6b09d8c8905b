#!/usr/bin/env node
// The `litellm-cdk` command. An installed copy runs its compiled dist/; a workspace checkout runs the TypeScript
// sources through tsx, so contributors never need a build step.
import { existsSync, realpathSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const binPath = realpathSync(fileURLToPath(import.meta.url));
const compiled = new URL('../dist/main.js', import.meta.url);
const installed = binPath.split(sep).includes('node_modules');

let cli;
if (installed && existsSync(fileURLToPath(compiled))) {
  cli = await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  // Compile the CLI's own sources the same way whatever tsconfig.json the current directory holds.
  register({ tsconfig: false });
  globalThis[Symbol.for('litellm-cdk.typescript-loader')] = true;
  cli = await import('../src/main.ts');
}
// exitCode, not exit(): piped stdout is flushed before the process ends.
process.exitCode = await cli.runCli(process.argv);
