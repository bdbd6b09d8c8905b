// Checks what each tarball would publish: README.md and LICENSE, exports, types and bin pointing at built files that
// the tarball holds, no declarations of private `_` files in a library, no workspace: ranges, `constructs` as a peer dependency with the same range in every one, and core as a peer of every library.
import { execFileSync } from 'node:child_process';

const problems = [];
const constructsRanges = new Set();
for (const tarball of process.argv.slice(2)) {
  const files = new Set(
    execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, '')),
  );
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  const where = `${manifest.name} (${tarball})`;
  for (const required of ['README.md', 'LICENSE', 'package.json'])
    if (!files.has(required)) problems.push(`${where} has no ${required}`);
  const targets = [
    manifest.types,
    ...Object.values(manifest.bin ?? {}),
    ...Object.values(manifest.exports ?? {}).flatMap((e) => Object.values(e)),
  ];
  for (const target of targets.filter(Boolean)) {
    const file = target.replace(/^\.\//, '');
    if (!file.startsWith('dist/') || !files.has(file))
      problems.push(`${where} points at ${target}, which it does not hold as built output`);
  }
  for (const [section, deps] of Object.entries({
    dependencies: manifest.dependencies,
    devDependencies: manifest.devDependencies,
    peerDependencies: manifest.peerDependencies,
  })) {
    for (const [dep, range] of Object.entries(deps ?? {}))
      if (String(range).startsWith('workspace:')) problems.push(`${where} keeps ${section}.${dep}: ${range}`);
  }
  if (!manifest.bin)
    for (const file of files)
      if (/(^|\/)_[^/]*\.d\.ts$/.test(file))
        problems.push(`${where} publishes ${file}, the declarations of a private file`);
  if (manifest.dependencies?.constructs) problems.push(`${where} depends on constructs instead of declaring it a peer`);
  // A library shares the app's copy of core (the CLI, a tool, may bring its own).
  if (!manifest.bin && manifest.dependencies?.['@litellm-cdk/core'])
    problems.push(`${where} depends on @litellm-cdk/core instead of declaring it a peer`);
  constructsRanges.add(manifest.peerDependencies?.constructs ?? '(none)');
  console.log(`${manifest.name}@${manifest.version}: ${files.size} files`);
}
if (constructsRanges.size !== 1 || constructsRanges.has('(none)'))
  problems.push(`constructs peer ranges differ: ${[...constructsRanges].join(', ')}`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
