// `pnpm release`: publishes every package whose version is not on the registry yet (`changeset publish`, after
// `pnpm changeset version` has applied the pending changesets). `pnpm release --dry-run` publishes nothing: it shows
// the pending changesets, packs every package exactly as publishing would (prepack build, publishConfig applied,
// workspace: ranges replaced), checks each tarball and prints what would be published, keeping the tarballs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const run = (command, args, options = {}) => execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options });

if (!process.argv.includes('--dry-run')) {
  run('npx', ['changeset', 'publish'], { stdio: 'inherit' });
  process.exit(0);
}

console.log('Pending changesets (pnpm changeset version applies them):');
run('npx', ['changeset', 'status', '--verbose'], { stdio: 'inherit' });

const destination = mkdtempSync(join(tmpdir(), 'litellm-cdk-release-'));
const tarballs = run('bash', [join(ROOT, 'scripts/pack-all.sh'), destination], { stdio: ['ignore', 'pipe', 'inherit'] })
  .trim()
  .split('\n');
run(process.execPath, [join(ROOT, 'scripts/check-tarballs.mjs'), ...tarballs], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

console.log('\nWould publish (dry run; nothing was published):');
for (const tarball of tarballs) {
  const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']));
  const files = run('tar', ['-tzf', tarball]).trim().split('\n').length;
  const size = Number(run('stat', ['-c', '%s', tarball]).trim());
  const dependencies = Object.entries(manifest.dependencies ?? {})
    .map(([name, range]) => `${name}@${range}`)
    .join(', ');
  console.log(
    `  ${manifest.name}@${manifest.version}  ${basename(tarball)}  ${files} files, ${(size / 1024).toFixed(0)} kB`,
  );
  console.log(`    depends on ${dependencies || 'nothing'}; peer constructs@${manifest.peerDependencies?.constructs}`);
}
console.log(`\nTarballs: ${destination}`);
