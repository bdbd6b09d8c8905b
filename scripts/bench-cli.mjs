// How fast the CLI answers, as ratios to `node -e 0` measured in the same run (whole processes, median of runs):
// from installed tarballs `--help`, `validate` of the reference config and `synth` of the reference app; in the
// workspace `pnpm synth`. Installs the tarballs into a temporary project first (packing takes minutes); set
// LITELLM_CDK_BENCH_PROJECT to a project made by an earlier run (printed below) to skip that.
//
// Figures on the two-core machine this repository is developed on (wall ratio; in brackets the CPU-time ratio, which
// other processes on the machine disturb less):
//   before apps ran from a cached bundle (tsx loader hooks, packages loaded file by file), quiet machine:
//     --help 1.78x, validate 4.63x, synth 11.58x, pnpm synth 15.00x
//   after (node -e 0 = 124 ms, the machine shared with other work):
//     --help 1.90x [2.0x], validate 4.14x [4.7x], synth 5.55x [6.1x], pnpm synth 11.07x [8.4x]
//   after core's schemas were built from `import * as z` (esbuild kept all of zod's locales for `import { z }`), the
//   schema check ran without zod's compiled fast path for small configs, cached bundles dropped comments and
//   indentation, and the model catalog decoded only the rows asked for (node -e 0 = 113 ms, 100 ms CPU; two runs one
//   after the other; the installed tarballs of before, benched the same hour, gave validate 4.18x [5.9x], synth 5.46x
//   [7.6x]):
//     --help 1.82x-1.84x [2.0x-2.1x], validate 2.85x-2.89x [3.5x-3.6x], synth 4.36x-4.44x [5.4x-5.6x],
//     pnpm synth 5.73x-5.82x [7.1x-7.3x]
//   Of validate's remaining time (profiled), beside Node's own start-up: compiling the CLI's chunks and core's bundle
//   (about 40 ms), garbage collection (about 35 ms), reading the YAML with positions (about 20 ms), building core's
//   zod schemas when its bundle loads (about 20 ms) and the checks themselves, each first run of cold code. Synth's is
//   mostly compiling the app's bundle (cdk8s-plus's Kubernetes classes among it) and the app's own work; pnpm
//   synth's wall time includes pnpm's start-up and the fsync of every file synth writes (5 ms to 55 ms for the ten
//   fsyncs, with the disk shared).
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
  execFileSync('bash', [join(ROOT, 'scripts/pack-all.sh'), join(dir, 'tarballs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const project = join(dir, 'project');
  mkdirSync(project);
  cpSync(join(ROOT, 'apps/example/main.ts'), join(project, 'main.ts'));
  cpSync(join(ROOT, 'apps/example/src'), join(project, 'src'), { recursive: true });
  cpSync(join(ROOT, 'apps/example/litellm-cdk.json'), join(project, 'litellm-cdk.json'));
  cpSync(join(ROOT, 'apps/example/test/__snapshots__/config.yaml'), join(project, 'reference-config.yaml'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'bench', private: true, type: 'module' }));
  const tarballs = readdirSync(join(dir, 'tarballs')).map((name) => join(dir, 'tarballs', name));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, 'constructs'], {
    cwd: project,
    stdio: 'inherit',
  });
  return project;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median wall time and median CPU time (user + system, the process and its children) of `command args` in `cwd`,
 * over RUNS runs after one warm-up; fails loudly if it fails. CPU time is steadier than wall time on a loaded machine.
 * Each run goes through `sh -c` (for `times`), node -e 0 included, so that the ratios are unaffected.
 */
function time(command, args, cwd, okCodes = [0]) {
  const walls = [];
  const cpus = [];
  for (let i = 0; i <= RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(
      'sh',
      [
        '-c',
        '"$@" >/tmp/.bench-out-$$ 2>&1; code=$?; cat /tmp/.bench-out-$$; rm -f /tmp/.bench-out-$$; times >&2; exit $code',
        'sh',
        command,
        ...args,
      ],
      {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    const elapsed = performance.now() - started;
    if (!okCodes.includes(run.status))
      throw new Error(`${command} ${args.join(' ')} exited ${run.status}:\n${run.stdout}${run.stderr}`);
    // `times` prints the shell's user and system time, then its children's: "0m0.660s 0m0.180s".
    const children = run.stderr
      .trim()
      .split('\n')
      .at(-1)
      .match(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/);
    const cpu = children
      ? (Number(children[1]) * 60 + Number(children[2]) + Number(children[3]) * 60 + Number(children[4])) * 1000
      : Number.NaN;
    if (i > 0) {
      walls.push(elapsed);
      cpus.push(cpu);
    }
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const project = installedProject();
const bin = join(project, 'node_modules', '.bin', 'litellm-cdk');
const node = time(process.execPath, ['-e', '0'], project);
const cases = [
  ['installed: litellm-cdk --help', time(bin, ['--help'], project), 2.5],
  [
    'installed: litellm-cdk validate <reference config>',
    time(bin, ['validate', 'reference-config.yaml'], project, [0, 1]),
    3,
  ],
  ['installed: litellm-cdk synth <reference app>', time(bin, ['synth', '--quiet'], project), 6],
  ['workspace: pnpm synth', time('pnpm', ['synth'], ROOT), 8],
];
console.log(
  `litellm-cdk CLI benchmark (median of ${RUNS} whole-process runs; node -e 0 = ${node.wall.toFixed(0)} ms wall, ${node.cpu.toFixed(0)} ms CPU)`,
);
let missed = false;
for (const [name, { wall, cpu }, target] of cases) {
  const ratio = wall / node.wall;
  missed ||= ratio > target;
  const cpuRatio = `${(cpu / node.cpu).toFixed(2)}x CPU`;
  console.log(
    `  ${name.padEnd(52)} ${wall.toFixed(0).padStart(6)} ms  ${ratio.toFixed(2).padStart(5)}x node -e 0 (must be <= ${target.toFixed(1)}x) ${ratio <= target ? 'MET   ' : 'MISSED'} [${cpuRatio}]`,
  );
}
if (missed) process.exitCode = 1;
