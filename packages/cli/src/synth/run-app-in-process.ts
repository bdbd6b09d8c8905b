import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import * as path from 'node:path';
import { shareCore } from '../core-module.js';
import { type AppBundle, bundleApp } from './app-bundle.js';

/**
 * The app file of an app command that only runs one file through Node — `tsx main.ts`, `node --import tsx main.ts`,
 * `node main.js` — which the CLI can run in its own process instead (see `runAppInProcess`); undefined for any
 * other command (flags, several words, a shell pipeline), which runs in a shell as written.
 */
export function inProcessAppFile(command: string): string | undefined {
  const match = /^(?:tsx|node(?: --import[= ]tsx(?:\/esm)?)?)\s+((?:[\w@.-]+\/)*[\w@.-]+\.(?:[cm]?[jt]s|tsx))$/.exec(
    command.trim(),
  );
  return match?.[1];
}

/** What an app run in this process printed, and how it ended. */
export interface InProcessRun {
  /** 0 when the app module finished, 1 when it threw (what Node would exit with). */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
}

/** Each app file runs once per process: a second import would find its modules cached, not re-run them. */
const ran = new Set<string>();

/** Whether `file` (absolute) can still run in this process. */
export function canRunInProcess(file: string): boolean {
  return !ran.has(file);
}

/** The bundle of each app file (absolute) this process made ready. */
const bundles = new Map<string, Promise<AppBundle>>();

/**
 * Bundles the app file (see `bundleApp`) if that has not been done yet in this process, and has the CLI use the
 * bundle's copy of core from then on; `runAppInProcess` runs that bundle.
 */
export function prepareAppInProcess(file: string, cwd: string): Promise<AppBundle> {
  const absolute = path.resolve(cwd, file);
  let bundle = bundles.get(absolute);
  if (!bundle) {
    bundle = bundleApp(absolute, cwd);
    bundles.set(absolute, bundle);
    bundle.then(
      (ready) => ready.coreUrl && shareCore(ready.coreUrl),
      () => undefined,
    );
  }
  return bundle;
}

/**
 * Runs an app file in this process, as its own `node` process would run it — in `cwd`, with `env` as process.env,
 * its output captured — without paying for the shell, tsx's CLI and a second Node start-up: the CLI and the app share
 * one process and one loaded copy of core. The app runs from its bundle (TypeScript compiled, imports resolved once;
 * see `bundleApp`), and positions in the stack of an error it throws are those of its own files. Everything it changes
 * (environment, directory, output streams, exit code) is restored afterwards.
 */
export async function runAppInProcess(
  file: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  onStderr?: (text: string) => void,
): Promise<InProcessRun> {
  const absolute = path.resolve(cwd, file);
  const bundle = await prepareAppInProcess(absolute, cwd);
  ran.add(absolute);
  const started = performance.now();
  const saved = { env: process.env, cwd: process.cwd(), exitCode: process.exitCode };
  const stdout = capture(process.stdout);
  const stderr = capture(process.stderr, onStderr);
  const restoreWriteSync = captureWriteSync(2, (text) => stderr.append(text));
  let code = 0;
  try {
    process.env = env;
    process.chdir(cwd);
    await import(bundle.appUrl);
  } catch (error) {
    code = 1;
    stderr.append(`${error instanceof Error ? bundle.mapStack(error.stack ?? error.message) : String(error)}\n`);
  } finally {
    stdout.restore();
    stderr.restore();
    restoreWriteSync();
    process.env = saved.env;
    process.chdir(saved.cwd);
    process.exitCode = saved.exitCode;
  }
  return { code, stdout: stdout.text(), stderr: stderr.text(), durationMs: performance.now() - started };
}

/**
 * Collects what is written to `stream` (console.log and direct writes alike) until `restore()`; with `onText`, hands
 * each write to it as it comes instead (phase events are read while the app runs).
 */
function capture(
  stream: NodeJS.WriteStream,
  onText?: (text: string) => void,
): { append(text: string): void; text(): string; restore(): void } {
  const chunks: string[] = [];
  const original = stream.write;
  const append = (text: string) => (onText ? onText(text) : chunks.push(text));
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof stream.write;
  return {
    append,
    text: () => chunks.join(''),
    restore: () => {
      stream.write = original;
    },
  };
}

/**
 * Also collects `fs.writeSync(fd, text)` calls on `fd` (core reports synthesis phases that way, so that they are
 * written at once); returns the function that restores it. ESM imports of node:fs see the change through
 * `syncBuiltinESMExports`.
 */
function captureWriteSync(fd: number, onText: (text: string) => void): () => void {
  const original = fs.writeSync;
  fs.writeSync = ((target: number, data: unknown, ...rest: unknown[]) => {
    if (target !== fd || typeof data !== 'string')
      return (original as (...args: unknown[]) => number)(target, data, ...rest);
    onText(data);
    return Buffer.byteLength(data);
  }) as typeof fs.writeSync;
  syncBuiltinESMExports();
  return () => {
    fs.writeSync = original;
    syncBuiltinESMExports();
  };
}
