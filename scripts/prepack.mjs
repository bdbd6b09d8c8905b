// Runs in a package's directory before `pnpm pack` and `pnpm publish` (its `prepack` script): a clean build of dist/
// (JavaScript and the public API's declarations) and the repository's LICENSE beside the package's README.md, the files a tarball holds.
// A library's dist/index.js is then one module holding all of the package's own code (its dependencies stay imports):
// Node resolves and reads one file where it read a hundred, which was much of the time an app took to start.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// Libraries publish only their public API's declarations; the CLI's declarations serve only its --json types.
const strictness = existsSync('src/bin.ts') ? [] : ['--strict'];
execFileSync(
  process.execPath,
  [new URL('./remove-private-declarations.mjs', import.meta.url).pathname, 'dist', ...strictness],
  { stdio: 'inherit' },
);
if (existsSync('src/bin.ts')) await import('./bundle-cli.mjs');
else await bundleEntry();
copyFileSync(new URL('../LICENSE', import.meta.url), 'LICENSE');
if (!existsSync('README.md')) throw new Error(`${process.cwd()} has no README.md; every published package needs one.`);

/** Replaces tsc's dist/index.js with a bundle of src/index.ts and the package's other modules (not its dependencies). */
async function bundleEntry() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: ['src/index.ts'],
    outfile: 'dist/index.js',
    allowOverwrite: true,
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Class and function names stay as written (bundling may rename one that another module also declares).
    keepNames: true,
    logLevel: 'warning',
  });
  // tsc's other JavaScript files are in the bundle now; the declarations stay file by file.
  for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
    if (/\.js(\.map)?$/.test(file) && file !== 'index.js') rmSync(join('dist', file));
  }
}
