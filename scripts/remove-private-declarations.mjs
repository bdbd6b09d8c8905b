// Runs after a package's `tsc` build: removes the declarations of private files (those named `_*.ts`, kept out of
// the public API as cdk8s does) from dist/, so that only the public API reaches consumers' types. Fails when a
// declaration the package's entry (`dist/index.d.ts`) reaches refers to one: a public name defined in a private
// file, to be moved to a public file.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';

const dist = path.resolve(process.argv[2] ?? 'dist');
const isPrivate = (file) => path.basename(file).startsWith('_');
const problems = [];
const reached = new Set();
const pending = [path.join(dist, 'index.d.ts')];
while (pending.length > 0) {
  const file = pending.pop();
  if (reached.has(file) || !existsSync(file)) continue;
  reached.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from |import\()['"](\.{1,2}\/[^'"]+)['"]/g)) {
    if (isPrivate(specifier))
      problems.push(`${path.relative(path.dirname(dist), file)} refers to the private file ${specifier}`);
    else pending.push(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.d.ts')));
  }
}
if (problems.length > 0) {
  console.error(
    `${problems.join('\n')}\nThe public API may not use files named _*.ts: move what it needs to a public file.`,
  );
  process.exit(1);
}
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  if (isPrivate(file) && (file.endsWith('.d.ts') || file.endsWith('.d.ts.map'))) rmSync(path.join(dist, file));
}
