import * as fs from 'node:fs';
import * as os from 'node:os';
import { describingFailure, OutputDirectoryError } from './output-directory-error.js';

/** How long a synth waits for another one writing the same output directory before it gives up. */
export const LOCK_TIMEOUT_MS = 120_000;
const POLL_MS = 25;
const EMPTY_LOCK_GRACE_MS = 2_000;

/**
 * Runs `write` holding the lock file `lockFile` (created with O_EXCL), so that synths into one output directory
 * take turns instead of renaming over each other. The lock holds `pid@host`; a lock whose process on this host has
 * died (a killed synth) is stale and taken over. Everything here is synchronous, like synth itself, which is why
 * the lock is not an mtime-refreshed one (`proper-lockfile`): no timer could refresh it during a long write.
 * @param shown how messages name the output directory
 */
export function withOutputLock<T>(lockFile: string, shown: string, write: () => T): T {
  acquire(lockFile, shown);
  try {
    return write();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

const OWNER = `${process.pid}@${os.hostname()}`;

function acquire(lockFile: string, shown: string): void {
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    const created = describingFailure(shown, `creating the lock file ${lockFile}`, () => tryCreate(lockFile));
    if (created) return;
    const holder = readHolder(lockFile);
    if (holder !== undefined && isStale(holder, lockFile)) {
      // Remove it only if it still is the stale lock we read, not one a third synth has just taken.
      if (readHolder(lockFile) === holder) fs.rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new OutputDirectoryError(
        `Another synth (${holder ?? 'unknown process'}) has been writing to ${shown} for over ${LOCK_TIMEOUT_MS / 1000} s.`,
        `Wait for it to finish, or, if no synth is running, delete the lock file ${lockFile}.`,
        shown,
      );
    }
    sleep(POLL_MS);
  }
}

function tryCreate(lockFile: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockFile, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, OWNER);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function readHolder(lockFile: string): string | undefined {
  try {
    return fs.readFileSync(lockFile, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * A lock is stale when its process on this host is gone. An empty lock is one being written, or one whose writer was
 * killed in between: stale once it is a few seconds old.
 */
function isStale(holder: string, lockFile: string): boolean {
  const match = /^(\d+)@(.*)$/.exec(holder);
  if (!match) return holder === '' && ageOf(lockFile) > EMPTY_LOCK_GRACE_MS;
  if (match[2] !== os.hostname()) return false;
  try {
    process.kill(Number(match[1]), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function ageOf(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
