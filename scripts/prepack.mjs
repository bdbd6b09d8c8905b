// Runs in a package's directory before `pnpm pack` and `pnpm publish` (its `prepack` script): a clean build of dist/
// (JavaScript and the public API's declarations) and the repository's LICENSE beside the package's README.md, the files a tarball holds.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(process.execPath, [new URL('./remove-private-declarations.mjs', import.meta.url).pathname, 'dist'], { stdio: 'inherit' });
if (existsSync('src/bin.ts')) await import('./bundle-cli.mjs');
copyFileSync(new URL('../LICENSE', import.meta.url), 'LICENSE');
if (!existsSync('README.md')) throw new Error(`${process.cwd()} has no README.md; every published package needs one.`);
