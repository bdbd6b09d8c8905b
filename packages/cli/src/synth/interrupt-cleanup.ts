import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const directories = new Set<string>();
const children = new Set<ChildProcess>();
const cleanups = new Set<() => void>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_NUMBERS: Readonly<Record<(typeof SIGNALS)[number], number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
let installed = false;
let exitCodeOnInterrupt: number | undefined;

/**
 * A new temporary directory that is removed when the process is interrupted (Ctrl-C, SIGTERM, SIGHUP) before
 * {@link removeTemporaryDirectory} removes it: without this, Node ends on a signal without running `finally` blocks.
 */
export function makeTemporaryDirectory(prefix: string): string {
  installHandlers();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  directories.add(dir);
  return dir;
}

/** Removes a directory of {@link makeTemporaryDirectory}. */
export function removeTemporaryDirectory(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  directories.delete(dir);
}

/** Stops `child` (the app, spawned `detached` as the leader of its process group) and its children when the process is interrupted, until it exits. */
export function stopOnInterrupt(child: ChildProcess): void {
  installHandlers();
  children.add(child);
  child.once('exit', () => children.delete(child));
}

/** Runs `cleanup` when the process is interrupted, until the returned function is called. */
export function onInterrupt(cleanup: () => void): () => void {
  installHandlers();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/**
 * The exit code after an interrupt, for a command that Ctrl-C ends normally (`synth --watch`).
 * @default - 128 + the signal's number (130 for Ctrl-C), as a shell reports a process a signal ended
 */
export function setExitCodeOnInterrupt(code: number): void {
  exitCodeOnInterrupt = code;
}

/** Everything an interrupt cleans up, now: cleanups run, children are stopped, directories removed. For tests. */
export function cleanUpNow(): void {
  for (const cleanup of cleanups) cleanup();
  cleanups.clear();
  for (const child of children) stopGroup(child);
  for (const dir of directories) fs.rmSync(dir, { recursive: true, force: true });
  directories.clear();
}

function installHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      cleanUpNow();
      process.exit(exitCodeOnInterrupt ?? 128 + SIGNAL_NUMBERS[signal]);
    });
  }
}

function stopGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM'); // not a group leader after all, or already gone
  }
}
