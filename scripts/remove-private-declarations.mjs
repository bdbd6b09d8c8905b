// Runs after a package's `tsc` build: removes the declarations of private files (those named `_*.ts`, kept out of
// the public API as cdk8s does) from dist/, so that only the public API reaches consumers' types. A private file
// the entry's declarations (`dist/index.d.ts`) still reach is kept, or the types would not resolve, and named: a
// failure with `--strict` (a library's public API may not use one), a warning otherwise (the CLI, whose declarations
// serve only its --json types).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';

const strict = process.argv.includes('--strict');
const dist = path.resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist');
const isPrivate = (file) => path.basename(file).startsWith('_');
const reached = new Set();
const reachedPrivate = [];
const pending = [path.join(dist, 'index.d.ts')];
while (pending.length > 0) {
  const file = pending.pop();
  if (reached.has(file) || !existsSync(file)) continue;
  reached.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from |import\()['"](\.{1,2}\/[^'"]+)['"]/g)) {
    if (isPrivate(specifier))
      reachedPrivate.push(`${path.relative(path.dirname(dist), file)} refers to the private file ${specifier}`);
    pending.push(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.d.ts')));
  }
}
if (reachedPrivate.length > 0) {
  console.error(
    `${reachedPrivate.join('\n')}\nThe public API should not use files named _*.ts: move what it needs to a public file.`,
  );
  if (strict) process.exit(1);
}
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  const declaration = file.replace(/\.map$/, '');
  if (isPrivate(file) && declaration.endsWith('.d.ts') && !reached.has(path.join(dist, declaration)))
    rmSync(path.join(dist, file));
}
