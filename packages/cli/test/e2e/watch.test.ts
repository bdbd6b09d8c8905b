import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  CLI_ROOT,
  createProject,
  removeTemporaryDirectories,
  snapshotDirectory,
  temporaryDirectory,
} from './_harness.js';

const BIN = path.join(CLI_ROOT, 'bin', 'litellm-cdk.js');
const children: ChildProcess[] = [];

/** The temporary directories litellm-cdk made in `tmp` (tsx keeps a cache of its own there). */
const ours = (tmp: string) => fs.readdirSync(tmp).filter((name) => name.startsWith('litellm-cdk-'));

/** `litellm-cdk ...args` running in `cwd`, its output collected as it comes, its temporary files under `tmp`. */
function start(args: readonly string[], cwd: string, tmp: string, extraEnv: Record<string, string> = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !['NO_COLOR', 'FORCE_COLOR'].includes(key) && !key.startsWith('LITELLM_CDK_'),
    ),
  );
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...env, TMPDIR: tmp, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    /** Waits until stdout has shown `text` `times` times, failing after 45 s. */
    async waitFor(text: string, times = 1): Promise<void> {
      const deadline = Date.now() + 45_000;
      while (stdout.split(text).length - 1 < times) {
        if (Date.now() > deadline)
          throw new Error(
            `timed out waiting for ${JSON.stringify(text)}; stdout so far:\n${stdout}\nstderr:\n${stderr}`,
          );
        if (child.exitCode !== null)
          throw new Error(
            `exited ${child.exitCode} before ${JSON.stringify(text)}; stdout:\n${stdout}\nstderr:\n${stderr}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

/** Whether process `pid` runs (a zombie waiting to be reaped does not). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = fs.existsSync(`/proc/${pid}/stat`) ? fs.readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  return !/^\d+ \(.*\) Z/.test(stat);
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
afterAll(removeTemporaryDirectories);

describe('litellm-cdk synth --watch', { timeout: 150_000 }, () => {
  it('synthesizes again on each change with the diff, keeps the last good output when the app breaks, and stops cleanly on Ctrl-C', async () => {
    const project = createProject({ app: 'valid-app' });
    const tmp = temporaryDirectory('litellm-cdk-watch-tmp-');
    const main = path.join(project, 'main.ts');
    const source = fs.readFileSync(main, 'utf8');
    const watch = start(['synth', '--watch'], project, tmp);

    await watch.waitFor('for changes (Ctrl-C to stop)');
    expect(watch.output().stdout).toMatch(/^✔ Synthesized 2 configs to litellm\.out/);

    fs.writeFileSync(main, source.replace('rpm: variantB ? 200 : 100', 'rpm: 150'));
    await watch.waitFor('for changes (Ctrl-C to stop)', 2);
    const afterEdit = watch.output().stdout;
    expect(afterEdit).toContain('↻ main.ts changed: synthesizing again');
    expect(afterEdit).toContain('litellm_params.rpm: 100 → 150');
    expect(afterEdit).toContain('1 of 2 configs differs: deployments 1 changed.');
    const good = snapshotDirectory(path.join(project, 'litellm.out'));

    fs.writeFileSync(main, `throw new Error('half-written app');\n${source}`);
    await watch.waitFor('for changes (Ctrl-C to stop)', 3);
    expect(watch.output().stdout).toContain('half-written app');
    expect(watch.output().stdout).toContain('The last good output in litellm.out is kept.');
    expect(snapshotDirectory(path.join(project, 'litellm.out'))).toEqual(good);

    watch.child.kill('SIGINT');
    expect(await watch.exited).toBe(0);
    expect(watch.output().stderr).toContain('Stopped watching.');
    expect(ours(tmp)).toEqual([]);
  });

  it('refuses --watch with --json, naming both flags', () => {
    const project = createProject({ app: 'valid-app' });
    return (async () => {
      const run = start(['synth', '--watch', '--json'], project, temporaryDirectory());
      expect(await run.exited).toBe(2);
      expect(JSON.parse(run.output().stdout).error.message).toBe(
        '--watch cannot be combined with --json: watch mode prints a diff after each change.',
      );
    })();
  });
});

describe('Ctrl-C during a synth', { timeout: 120_000 }, () => {
  it.each([['diff'], ['tree'], ['synth']])(
    'leaves no temporary directory or app process behind (litellm-cdk %s)',
    async (command) => {
      const project = createProject({ app: 'valid-app' });
      // An app that builds its tree and then hangs, so the interrupt comes while the command waits for it.
      fs.writeFileSync(
        path.join(project, 'main.ts'),
        "import * as fs from 'node:fs';\nfs.writeFileSync('app.pid', String(process.pid));\nsetInterval(() => undefined, 1000);\n",
      );
      const tmp = temporaryDirectory('litellm-cdk-interrupt-tmp-');
      // The app in a process of its own (as any app command but `tsx <file>` runs), to see that it is stopped too.
      const run = start([command], project, tmp, { LITELLM_CDK_APP_PROCESS: 'separate' });
      const deadline = Date.now() + 30_000;
      // The interrupt handlers are in place before the first temporary directory is made.
      while ((ours(tmp).length === 0 || !fs.existsSync(path.join(project, 'app.pid'))) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(ours(tmp).length).toBeGreaterThan(0);
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(130);
      expect(ours(tmp)).toEqual([]);
      // The app is stopped too, not left running without its CLI.
      const pid = Number(fs.readFileSync(path.join(project, 'app.pid'), 'utf8'));
      const stopped = async () => {
        for (
          const end = Date.now() + 15_000;
          Date.now() < end;
          await new Promise((resolve) => setTimeout(resolve, 100))
        ) {
          if (!isRunning(pid)) return true;
        }
        return false;
      };
      expect(await stopped()).toBe(true);
    },
  );

  it.each([['diff'], ['tree'], ['synth']])(
    "leaves no temporary directory behind when the app runs in the CLI's process (litellm-cdk %s)",
    async (command) => {
      const project = createProject({ app: 'valid-app' });
      // An app that never finishes loading, so the interrupt comes while the command waits for it; it runs in the CLI's
      // own process, as an app command that runs one file does.
      fs.writeFileSync(
        path.join(project, 'main.ts'),
        "import * as fs from 'node:fs';\nfs.writeFileSync('app.started', '');\nawait new Promise(() => setInterval(() => undefined, 1000));\n",
      );
      const tmp = temporaryDirectory('litellm-cdk-interrupt-tmp-');
      const run = start([command], project, tmp);
      const deadline = Date.now() + 30_000;
      while ((ours(tmp).length === 0 || !fs.existsSync(path.join(project, 'app.started'))) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(ours(tmp).length).toBeGreaterThan(0);
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(130);
      expect(ours(tmp)).toEqual([]);
      // Nor a half-built bundle in the project's cache.
      const cache = path.join(project, 'node_modules', '.cache', 'litellm-cdk', 'apps');
      expect(fs.readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    },
  );
});
