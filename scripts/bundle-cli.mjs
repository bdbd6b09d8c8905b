// Bundles the `litellm-cdk` command of an installed CLI (run by prepack after tsc, for a package with src/bin.ts):
// src/bin.ts and what it loads become a few files in dist/bundle/ (two levels below the package, as src/x/ is, so
// paths such as ../../python still hold), one chunk per lazily loaded command, so that start-up reads a handful of files
// instead of a hundred modules. The @litellm-cdk packages and tsx stay external: an app run in the CLI's process
// must share their single installed copies.
import { build } from 'esbuild';

await build({
  entryPoints: { 'litellm-cdk': 'src/bin.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ES module builds where packages have them (jsonc-parser's UMD main requires files at run time).
  mainFields: ['module', 'main'],
  external: ['@litellm-cdk/*', 'esbuild', 'tsx', 'tsx/*', 'typescript'],
  // Bundled CommonJS dependencies call require(); give them one.
  banner: {
    js: "import { createRequire as __litellmCdkRequire } from 'node:module'; const require = __litellmCdkRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
