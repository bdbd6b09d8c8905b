import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { App, ModelGroup, OutputDirectoryError, ProxyConfig, Secret } from '../../src/index.js';
import { completeAssembly } from './_assembly-check.js';

const CHILD = fileURLToPath(new URL('./_synth-child.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const GROUPS = '150';
const SLOW = { timeout: 300_000 };

const roots: string[] = [];
function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-faults-'));
  roots.push(root);
  return root;
}
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

interface ChildResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a synth in a child process; `killAfterMs` sends SIGKILL after that long, if it is still running. */
function synthInChild(
  outdir: string,
  options: { variant?: string; groups?: string; env?: Record<string, string>; killAfterMs?: number } = {},
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...options.env };
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, outdir, options.groups ?? GROUPS, options.variant ?? 'b'],
      { cwd: REPO, env },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer =
      options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs `tasks` two at a time (CI has two cores). */
async function twoAtATime<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += 2)
    results.push(...(await Promise.all(tasks.slice(i, i + 2).map((task) => task()))));
  return results;
}

function inProcessSynth(outdir: string, groups: number): App {
  const app = new App({ outdir, name: 'reliability' });
  const prod = new ProxyConfig(app, 'prod');
  for (let g = 0; g < groups; g++) {
    new ModelGroup(prod, `group-${g}`).addDeployment('openai', {
      litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('OPENAI_API_KEY'), rpm: 100 },
      modelInfo: { id: `deployment-${g}-with-a-long-enough-id-to-fill-a-small-file-system` },
    });
  }
  app.synth();
  return app;
}

// The exact steps of the write a synth is killed at: 9 files staged one by one (3 configs), and each step of the swap.
const KILL_POINTS = [
  'locked',
  ...Array.from({ length: 9 }, (_, i) => `staged:${i}`),
  'staged',
  'swap:old-moved-aside',
  'swap:new-in-place',
  'swap:done',
];
// Kills at moments spread over a whole run (tree, validation, render, write), wherever they land.
const TIMED_KILL_FRACTIONS = [0.3, 0.5, 0.65, 0.75, 0.85, 0.9, 0.95, 1.0];

describe('a synth killed with SIGKILL leaves a complete assembly, and the next synth cleans up', SLOW, () => {
  it(
    `at ${KILL_POINTS.length} steps of the write and ${TIMED_KILL_FRACTIONS.length} moments of the run`,
    SLOW,
    async () => {
      const template = tempRoot();
      const old = path.join(template, 'out');
      const first = await synthInChild(old, { variant: 'a' });
      expect(first.code, first.stderr).toBe(0);
      const oldMarker = completeAssembly(old);
      const started = performance.now();
      const reference = path.join(tempRoot(), 'out');
      expect((await synthInChild(reference, { variant: 'b' })).code).toBe(0);
      const fullRunMs = performance.now() - started;
      const newMarker = completeAssembly(reference);

      const cases = [
        ...KILL_POINTS.map((point) => ({
          name: point,
          env: { LITELLM_CDK_TEST_KILL_AT: point },
          killAfterMs: undefined as number | undefined,
        })),
        ...TIMED_KILL_FRACTIONS.map((fraction) => ({
          name: `${Math.round(fraction * 100)}% of a run`,
          env: {},
          killAfterMs: Math.round(fraction * fullRunMs),
        })),
      ];
      const outcomes = await twoAtATime(
        cases.map((c) => async () => {
          const root = tempRoot();
          const out = path.join(root, 'out');
          fs.cpSync(old, out, { recursive: true });
          const run = await synthInChild(out, { env: c.env, killAfterMs: c.killAfterMs });
          return { ...c, root, out, run };
        }),
      );
      for (const { name, root, out, run, killAfterMs } of outcomes) {
        // A named step must really be hit; a timed kill may come after the run ended.
        if (killAfterMs === undefined) expect(run.signal, `${name}: ${run.stderr}`).toBe('SIGKILL');
        if (fs.existsSync(out)) {
          expect([oldMarker, newMarker], name).toContain(completeAssembly(out));
        } else {
          // Killed between the two renames: the old assembly waits, complete, for the next synth to put it back.
          expect(name).toBe('swap:old-moved-aside');
          const aside = fs.readdirSync(root).filter((entry) => entry.startsWith('.out.previous-'));
          expect(aside).toHaveLength(1);
          expect(completeAssembly(path.join(root, aside[0]!))).toBe(oldMarker);
        }
        inProcessSynth(out, 3);
        completeAssembly(out);
        expect(fs.readdirSync(root), name).toEqual(['out']);
      }
      // Every named step was killed (checked above); of the timed kills, on a loaded machine a run may end before its
      // moment comes, so only some of them must have landed inside a run.
      const timedKills = outcomes.filter((o) => o.killAfterMs !== undefined && o.run.signal === 'SIGKILL').length;
      expect(timedKills).toBeGreaterThanOrEqual(TIMED_KILL_FRACTIONS.length / 4);
    },
  );
});

describe('racing synths', SLOW, () => {
  it(
    'serialises three synths into one directory: each succeeds, the result is complete, nothing is left over',
    SLOW,
    async () => {
      const root = tempRoot();
      const out = path.join(root, 'out');
      const runs = await Promise.all(['a', 'b', 'c'].map((variant) => synthInChild(out, { variant })));
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      completeAssembly(out);
      expect(fs.readdirSync(root)).toEqual(['out']);
    },
  );
});

/** Mounts a small tmpfs at `directory`; the reason it cannot, when not root or not allowed to mount. */
function mountTmpfs(directory: string, size: string): string | undefined {
  if (process.getuid?.() !== 0) return 'the tests do not run as root';
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', directory], { encoding: 'utf8' });
  return mount.status === 0 ? undefined : `mount failed: ${mount.stderr.trim() || mount.error?.message}`;
}

const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-mount-probe-'));
const cannotMount = mountTmpfs(probe, '64k');
if (!cannotMount) spawnSync('umount', [probe]);
fs.rmSync(probe, { recursive: true, force: true });
if (cannotMount) console.log(`reliability faults: disk-full and read-only tests skipped: ${cannotMount}.`);

describe.skipIf(cannotMount !== undefined)('a full or read-only file system (small tmpfs)', () => {
  it('fails with the cause in words on a full disk, keeps the previous assembly and leaves nothing behind', () => {
    const mountPoint = tempRoot();
    expect(mountTmpfs(mountPoint, '256k')).toBeUndefined();
    try {
      const out = path.join(mountPoint, 'out');
      inProcessSynth(out, 2);
      const before = completeAssembly(out);
      let error: unknown;
      try {
        inProcessSynth(out, 3000);
      } catch (caught) {
        error = caught;
      }
      expect(OutputDirectoryError.isOutputDirectoryError(error)).toBe(true);
      expect((error as Error).message).toMatch(
        new RegExp(
          `^Cannot write the assembly to ${out}: .* failed because no space is left on the device \\(ENOSPC\\)`,
        ),
      );
      expect(completeAssembly(out)).toBe(before);
      expect(fs.readdirSync(mountPoint)).toEqual(['out']);

      expect(spawnSync('mount', ['-o', 'remount,ro', mountPoint]).status).toBe(0);
      let readOnly: unknown;
      try {
        inProcessSynth(out, 2);
      } catch (caught) {
        readOnly = caught;
      }
      expect((readOnly as Error).message).toMatch(/failed because the file system is read-only \(EROFS\)/);
      expect((readOnly as OutputDirectoryError).hint).toBe('Choose an outdir on a writable file system.');
      expect(completeAssembly(out)).toBe(before);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});

describe('determinism across time zones and locales', SLOW, () => {
  it(
    'writes the same bytes under UTC/C, Pacific/Chatham with a Turkish locale, and America/St_Johns with German',
    SLOW,
    async () => {
      const environments = [
        { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
        { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
        { TZ: 'America/St_Johns', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
      ];
      const runs = await twoAtATime(
        environments.map((env) => async () => {
          const out = path.join(tempRoot(), 'out');
          const run = await synthInChild(out, { env, groups: '40', variant: 'x' });
          expect(run.code, run.stderr).toBe(0);
          const files = Object.fromEntries(
            fs
              .readdirSync(out)
              .sort()
              .map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]),
          );
          return {
            seen: JSON.parse(run.stdout.split('\n')[0]!) as { locale: string; lowerI: string; timeZone: string },
            files,
          };
        }),
      );
      // The Turkish locale is really active in its child: ICU maps 'I' to dotless 'ı' there.
      expect(runs[1]!.seen).toEqual({ locale: 'tr-TR', lowerI: 'ı', timeZone: 'Pacific/Chatham' });
      expect(runs[2]!.seen.locale).toBe('de-DE');
      expect(runs[1]!.files).toEqual(runs[0]!.files);
      expect(runs[2]!.files).toEqual(runs[0]!.files);
    },
  );
});
