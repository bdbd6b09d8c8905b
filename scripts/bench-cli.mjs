// How fast the CLI answers, as ratios to `node -e 0` measured in the same run (whole processes, median of runs):
// from installed tarballs `--help`, `validate` of the reference config and `synth` of the reference app; in the
// workspace `pnpm synth`. Installs the tarballs into a temporary project first (packing takes minutes); set
// LITELLM_CDK_BENCH_PROJECT to a project made by an earlier run (printed below) to skip that.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.LITELLM_CDK_BENCH_RUNS ?? 7);

/** A project with the reference app and the packages installed from their tarballs. */
function installedProject() {
  const given = process.env.LITELLM_CDK_BENCH_PROJECT;
  if (given && existsSync(join(given, 'node_modules', '.bin', 'litellm-cdk'))) return given;
  const dir = mkdtempSync(join(tmpdir(), 'litellm-cdk-bench-'));
  console.log(`packing and installing the packages into ${dir} (reuse it with LITELLM_CDK_BENCH_PROJECT=${dir})`);
  execFileSync('bash', [join(ROOT, 'scripts/pack-all.sh'), join(dir, 'tarballs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const project = join(dir, 'project');
  mkdirSync(project);
  cpSync(join(ROOT, 'apps/example/main.ts'), join(project, 'main.ts'));
  cpSync(join(ROOT, 'apps/example/src'), join(project, 'src'), { recursive: true });
  cpSync(join(ROOT, 'apps/example/litellm-cdk.json'), join(project, 'litellm-cdk.json'));
  cpSync(join(ROOT, 'apps/example/test/__snapshots__/config.yaml'), join(project, 'reference-config.yaml'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'bench', private: true, type: 'module' }));
  const tarballs = readdirSync(join(dir, 'tarballs')).map((name) => join(dir, 'tarballs', name));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, 'constructs'], { cwd: project, stdio: 'inherit' });
  return project;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time of `command args` in `cwd`, over RUNS runs after one warm-up; fails loudly if it fails. */
function time(command, args, cwd, okCodes = [0]) {
  const durations = [];
  for (let i = 0; i <= RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const elapsed = performance.now() - started;
    if (!okCodes.includes(run.status)) throw new Error(`${command} ${args.join(' ')} exited ${run.status}:\n${run.stdout}${run.stderr}`);
    if (i > 0) durations.push(elapsed);
  }
  return median(durations);
}

const project = installedProject();
const bin = join(project, 'node_modules', '.bin', 'litellm-cdk');
const node = time(process.execPath, ['-e', '0'], project);
const cases = [
  ['installed: litellm-cdk --help', time(bin, ['--help'], project), 2.5],
  ['installed: litellm-cdk validate <reference config>', time(bin, ['validate', 'reference-config.yaml'], project, [0, 1]), 3],
  ['installed: litellm-cdk synth <reference app>', time(bin, ['synth', '--quiet'], project), 6],
  ['workspace: pnpm synth', time('pnpm', ['synth'], ROOT), 8],
];
console.log(`litellm-cdk CLI benchmark (median of ${RUNS} whole-process runs; node -e 0 = ${node.toFixed(0)} ms)`);
let missed = false;
for (const [name, ms, target] of cases) {
  const ratio = ms / node;
  missed ||= ratio > target;
  console.log(`  ${name.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  ${ratio.toFixed(2).padStart(5)}x node -e 0 (must be <= ${target.toFixed(1)}x) ${ratio <= target ? 'MET' : 'MISSED'}`);
}
if (missed) process.exitCode = 1;
